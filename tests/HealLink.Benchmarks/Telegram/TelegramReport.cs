using System.Runtime.InteropServices;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Telegram;

/// <summary>The Telegram run's figures as Markdown, one column per scenario, ready to paste into the README.</summary>
internal static class TelegramReport
{
    public static void Write(TextWriter output, TelegramLoadOptions options, FakeCapacityResult baseline, IReadOnlyList<TelegramLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(results);
        var (sequential, parallel) = (baseline.Sequential, baseline.Parallel);
        var concurrency = FakeCapacity.Concurrency;

        output.WriteLine(Text($"### The bot on a fake Telegram: {options.People} people, {options.MessagesPerPerson} message(s) each, all queued at once"));
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            "The whole bot (long polling, pipeline, outbox, rate limiter, HTTP client) against the fake Bot API server on 127.0.0.1,",
            "which enforces the limits the bot is configured with; production defaults otherwise, SQLite file, one process.",
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            Text($"Baseline: a plain HttpClient calling the fake's sendMessage, limits off, {FakeCapacity.Calls} calls over {FakeCapacity.Chats} chats;"),
            Text($"{Number(sequential.PerSecond)} calls/s one at a time (p50 {Number(sequential.Latency.P50)} ms),"),
            Text($"{Number(parallel.PerSecond)} calls/s {concurrency} at a time (p50 {Number(parallel.Latency.P50)} ms)."),
            "× = bot ÷ that: updates against calls one at a time, as polling hands them on one at a time;",
            Text($"messages against {concurrency} at a time, as many chats as the outbox serves at once.")));
        output.WriteLine();
        output.WriteLine("| | " + string.Join(" | ", results.Select(r => Describe(r.Scenario))) + " |");
        output.WriteLine("|---|" + string.Concat(results.Select(_ => "---:|")));
        Row(output, results, "updates handled / s", r => Number(r.Updates.PerSecond));
        Row(output, results, "× fake capacity, 1 at a time", r => Ratio(r.Updates.PerSecond, sequential.PerSecond));
        Row(output, results, "enqueue → commit p50 ms", r => Number(r.Updates.Latency.P50));
        Row(output, results, "p90 ms", r => Number(r.Updates.Latency.P90));
        Row(output, results, "p99 ms", r => Number(r.Updates.Latency.P99));
        Row(output, results, "max ms", r => Number(r.Updates.Latency.Max));
        Row(output, results, "messages sent", r => Text($"{r.Sent.Count}"));
        Row(output, results, "messages sent / s, sending window", r => Text($"{Number(r.Sent.PerSecond)} in {r.Sent.Window.TotalSeconds:0.00} s"));
        Row(output, results, "× configured global limit", r => Ratio(r.Sent.PerSecond, r.Scenario.GlobalPerSecond));
        Row(output, results, Text($"× fake capacity, {concurrency} at a time"), r => Ratio(r.Sent.PerSecond, parallel.PerSecond));
        Row(output, results, "peak sent in any 1 s, all chats", r => Text($"{r.Sent.PeakInOneSecond}"));
        Row(output, results, "× (global rate + burst)", r => Ratio(r.Sent.PeakInOneSecond, r.Scenario.GlobalPerSecond + r.Scenario.GlobalBurst));
        Row(output, results, "peak sent in any 1 s, one chat", r => Text($"{r.Sent.PeakPerChatInOneSecond}"));
        Row(output, results, "× (per-chat rate + burst)", r => Ratio(r.Sent.PeakPerChatInOneSecond, r.Scenario.PerChatPerSecond + r.Scenario.PerChatBurst));
        Row(output, results, "burst the sends needed, all chats", r => Text($"{r.Sent.GlobalDepthNeeded:0.0} of {r.Scenario.GlobalBurst}"));
        Row(output, results, "burst the sends needed, busiest chat", r => Text($"{r.Sent.PerChatDepthNeeded:0.0} of {r.Scenario.PerChatBurst}"));
        Row(output, results, "**429s answered by the fake**", r => Text($"**{r.TooManyRequests}**"));
        Row(output, results, "first update queued → last reply accepted", r => Text($"{r.BatchDone.TotalSeconds:0.00} s"));
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"Latency is found by looking at `inbound_receipts` every {CommitWatcher.LookEvery.TotalMilliseconds:0} ms, so it reads up to one look late."),
            "Sending times are the fake's arrival times; the window runs from the first reply to the last, so the first",
            "second's burst (a whole second's worth, on both sides) can lift the rate over a short window above the limit.",
            "A second in which the burst and the refill both go can hold rate + burst messages, hence those ratios.",
            "\"Burst the sends needed\": the smallest bucket that, refilled at the configured rate, would have taken every",
            "sendMessage the bot attempted (429s included); above the configured burst, the bot sent faster than its limits."));
        foreach (var result in results)
        {
            output.WriteLine();
            output.WriteLine(Text($"{Describe(result.Scenario)}: {Check(result)}"));
        }
    }

    private static string Describe(RateLimitScenario scenario) =>
        Text($"{scenario.Name} ({scenario.PerChatPerSecond:0.##}/s per chat, burst {scenario.PerChatBurst}; {scenario.GlobalPerSecond:0.##}/s)");

    /// <summary>What the bot's own outbox says, set against what the fake accepted: each reply sent exactly once.</summary>
    private static string Check(TelegramLoadResult result)
    {
        var outbox = result.Outbox;
        var verdict = outbox.Failed == 0 && outbox.Sent == result.SendMessagesAccepted
            ? "every reply sent once"
            : "**MISMATCH**";
        return Text($"outbox rows sent {outbox.Sent}, failed {outbox.Failed}; sendMessage answered 200: {result.SendMessagesAccepted} (warm-up included) — {verdict}.");
    }

    private static void Row(TextWriter output, IReadOnlyList<TelegramLoadResult> results, string label, Func<TelegramLoadResult, string> cell) =>
        output.WriteLine($"| {label} | {string.Join(" | ", results.Select(cell))} |");
}

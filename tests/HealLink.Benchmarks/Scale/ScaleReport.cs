using System.Runtime.InteropServices;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Scale;

/// <summary>The scale run's figures as Markdown, one row per set-up, each against the SQLite row of the same run.</summary>
internal static class ScaleReport
{
    public static void Write(TextWriter output, ScaleOptions options, string postgresOrigin, IReadOnlyList<ScaleRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rows);
        var baseline = rows.Single(row => row.Setup.IsBaseline);
        var limits = options.Limits;

        output.WriteLine(Text($"### Scaling out: {options.Conversations} conversations × {options.Messages} messages, {options.Rounds} round(s)"));
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            "Real HealLink.Bot processes in webhook mode behind a round-robin balancer, one fake Telegram, the conversations",
            "already open (seeded as the relay benchmark seeds them); every conversation talks at once, each person writing",
            Text($"once the last copy reached them; {options.Warmup} untimed messages a conversation first."),
            Text($"Limits kept by the bots and enforced by the fake: {limits.Name} ({limits.PerChatPerSecond:0.##}/s per chat, burst {limits.PerChatBurst}; {limits.GlobalPerSecond:0.##}/s per process)."),
            Text($"Jobs:Enabled=false in every row (the relay alone is measured). PostgreSQL: {postgresOrigin}."),
            "Latency: the update's first post to a bot process → the relayed copy's arrival at the fake.",
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            "× = row ÷ the SQLite row, same run."));
        output.WriteLine();
        output.WriteLine("| | relayed / s | × | p50 ms | × | p99 ms | × | updates per process | bot CPU ms / message | machine CPU busy | write lock held | lock ms / message | waiting for the lock | 429s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(
                " | ",
                $"| {row.Setup.Name}",
                Number(row.PerSecond),
                Ratio(row.PerSecond, baseline.PerSecond),
                Number(row.Latency.P50),
                Ratio(row.Latency.P50, baseline.Latency.P50),
                Number(row.Latency.P99),
                Ratio(row.Latency.P99, baseline.Latency.P99),
                string.Join(" / ", row.UpdatesPerInstance),
                Number(row.BotCpuPerMessage),
                Text($"{row.MachineBusy:P0}"),
                row.LockWaits is { } held ? Text($"{held.ShareHeld:P0}") : "—",
                row.LockPerMessage is { } lockMs ? Number(lockMs) : "—",
                row.LockWaits is { } waits ? Text($"{waits.MeanWaiting:0.0} avg ({waits.ShareWithWaiters:P0} of samples)") : "—",
                Text($"{row.TooManyRequests} |")));
        }

        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            "Machine CPU busy counts every process on the machine (other users' too). The write lock (PostgreSQL rows):",
            "the share of 10 ms samples in which a transaction held the advisory lock (pg_locks), that share of the timed",
            "phase per relayed message, and how many transactions stood waiting for it (pg_stat_activity); held nearly all",
            "the time with others waiting, the one writer's turn sets the pace, and lock ms / message is its price."));
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Pipeline;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// The baseline: the fake server's raw capacity, a plain HttpClient calling sendMessage as fast as it answers, with no
/// limiter and the fake's limits off. Nothing the bot does through HTTP can go faster than this on the same machine.
/// </summary>
internal static class FakeCapacity
{
    public const int Calls = 2_000;
    public const int Chats = 10;

    /// <summary>As many at once as the bot's dispatcher sends to (its default number of chats served at once).</summary>
    public static int Concurrency { get; } = new OutboxOptions().MaxConcurrentChats;

    private const int WarmupCalls = 200;

    // About the size of one of the bot's replies, with the markup it uses.
    private const string Text = "<b>Welcome to HealLink.</b> We connect people facing a medical procedure with someone who has been "
        + "through the same one. Everything you share stays private; you can stop at any time with /cancel.";

    public static async Task<FakeCapacityResult> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        var bodies = Enumerable.Range(0, Chats).Select(_ => Body(telegram.CreateUser().ChatId)).ToArray();
        // Built as text, as the bot builds it: combined as a relative Uri, the token's colon would read as a scheme.
        using var http = new HttpClient { BaseAddress = new Uri($"{telegram.BaseUrl.ToString().TrimEnd('/')}/bot{telegram.Token}/") };
        await MeasureAsync(http, bodies, WarmupCalls, Concurrency, cancellationToken);
        var sequential = await MeasureAsync(http, bodies, Calls, 1, cancellationToken);
        var parallel = await MeasureAsync(http, bodies, Calls, Concurrency, cancellationToken);
        return new FakeCapacityResult(sequential, parallel);
    }

    private static async Task<LoadMeasurement> MeasureAsync(
        HttpClient http, string[] bodies, int calls, int parallel, CancellationToken cancellationToken)
    {
        var latencies = new LatencyRecorder();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, calls),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (call, token) =>
            {
                var callStarted = Stopwatch.GetTimestamp();
                using var content = new StringContent(bodies[call % bodies.Length], Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(new Uri("sendMessage", UriKind.Relative), content, token);

                // The body is read as the bot's client reads it, so both pay for the whole answer.
                var answer = await response.Content.ReadAsStringAsync(token);
                latencies.Record(callStarted, Stopwatch.GetTimestamp());
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"The fake refused a baseline call: {(int)response.StatusCode} {answer}");
                }
            });
        return new LoadMeasurement(calls, Stopwatch.GetElapsedTime(started), latencies.Summarize());
    }

    private static string Body(long chatId) => new JsonObject
    {
        ["chat_id"] = chatId,
        ["text"] = Text,
        ["parse_mode"] = "HTML",
    }.ToJsonString();
}

internal sealed record FakeCapacityResult(LoadMeasurement Sequential, LoadMeasurement Parallel);

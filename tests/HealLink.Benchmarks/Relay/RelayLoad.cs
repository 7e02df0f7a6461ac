using System.Diagnostics;
using HealLink.Benchmarks.Shared;
using HealLink.Benchmarks.Throughput;
using HealLink.Bot.Tests.Reliability;
using HealLink.Core.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Benchmarks.Relay;

/// <summary>Open conversations relaying through the real pipeline, the dispatcher running in the background.</summary>
internal static class RelayLoad
{
    public static Task<LoadMeasurement> RunAsync(RelayOptions options, CancellationToken cancellationToken) => RunAsync(options, encrypted: true, cancellationToken);

    /// <param name="encrypted">Off only to measure what encryption at rest costs.</param>
    public static async Task<LoadMeasurement> RunAsync(RelayOptions options, bool encrypted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var pipeline = await BenchmarkPipeline.StartAsync(encrypted, cancellationToken);
        var conversations = Enumerable.Range(1, options.Conversations).Select(RelayConversation.Numbered).ToList();
        await using (var db = await pipeline.Contexts.CreateDbContextAsync(cancellationToken))
        {
            await ActiveConversations.SeedAsync(db, Platform.Console, [.. conversations.Select(c => c.Pair)], DateTimeOffset.UtcNow, cancellationToken);
        }

        using var stopDispatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopTalking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var dispatching = DispatchLoop.RunOrStopAsync(pipeline, stopTalking, stopDispatching.Token);
        LoadMeasurement result;
        try
        {
            await TalkAsync(pipeline, conversations, options.Warmup, options.Parallel, new LatencyRecorder(), stopTalking.Token);
            var latencies = new LatencyRecorder();
            var started = Stopwatch.GetTimestamp();
            await TalkAsync(pipeline, conversations, options.Messages, options.Parallel, latencies, stopTalking.Token);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var summary = latencies.Summarize();
            result = new LoadMeasurement(summary.Count, elapsed, summary);
        }
        finally
        {
            await stopDispatching.CancelAsync();
            await dispatching;
        }

        await VerifyAsync(pipeline, options, cancellationToken);
        return result;
    }

    private static Task TalkAsync(
        BenchmarkPipeline pipeline, List<RelayConversation> conversations, int messages, int parallel, LatencyRecorder latencies, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            conversations,
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            (conversation, token) => new ValueTask(RelayDriver.RunAsync(pipeline, conversation, messages, latencies, token)));

    /// <summary>Figures from a run that did not do the work are worthless: every message kept, every copy sent.</summary>
    private static async Task VerifyAsync(BenchmarkPipeline pipeline, RelayOptions options, CancellationToken cancellationToken)
    {
        await using var db = await pipeline.Contexts.CreateDbContextAsync(cancellationToken);
        var relayed = await db.RelayedMessages.CountAsync(cancellationToken);
        var unsent = await db.OutboxMessages.CountAsync(m => m.SentAt == null, cancellationToken);
        var expected = options.Conversations * (options.Messages + options.Warmup);
        if (relayed != expected || unsent != 0)
        {
            throw new InvalidOperationException($"The run did not do its work: {relayed} of {expected} messages relayed, {unsent} outbox rows not sent");
        }
    }
}

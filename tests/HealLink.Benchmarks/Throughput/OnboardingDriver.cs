using System.Diagnostics;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Benchmarks.Throughput;

/// <summary>
/// One person onboarding as fast as the bot answers: each message goes in only once every reply to the one before
/// has been delivered. A message's latency runs from the start of its processing to the delivery of its last reply.
/// </summary>
internal static class OnboardingDriver
{
    /// <returns>How many replies the person received.</returns>
    public static async Task<int> RunAsync(
        BenchmarkPipeline pipeline,
        ScriptedPerson person,
        LatencyRecorder latencies,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(latencies);
        var replies = 0;
        foreach (var step in Scripts.MenteeByButtons)
        {
            var message = person.Next(step);
            var started = Stopwatch.GetTimestamp();
            var outcome = await pipeline.Processor.ProcessAsync(message, cancellationToken);
            var deliveries = await pipeline.Sender.DeliveredAsync(outcome.OutboxIds, cancellationToken);
            var finished = deliveries.Length == 0 ? Stopwatch.GetTimestamp() : deliveries.Max(d => d.Timestamp);
            latencies.Record(started, finished);
            replies += deliveries.Length;
            person.Read(deliveries.Select(d => d.Message.Buttons));
        }

        return replies;
    }
}

using System.Diagnostics;
using System.Globalization;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Benchmarks.Relay;

/// <summary>
/// One conversation at the pace of the bot: mentee and mentor take turns, each writing only once the message before
/// reached the other person. A message's latency runs from the start of its processing to the delivery of its copy.
/// </summary>
internal static class RelayDriver
{
    public static async Task RunAsync(
        BenchmarkPipeline pipeline, RelayConversation conversation, int messages, LatencyRecorder latencies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(latencies);
        for (var i = 0; i < messages; i++)
        {
            var (from, to) = i % 2 == 0 ? (conversation.Mentee, conversation.Mentor) : (conversation.Mentor, conversation.Mentee);
            var text = string.Create(CultureInfo.InvariantCulture, $"message {i + 1}, about the first week at home");
            var message = from.Person.Next(new ChatStep.Say(text));
            var started = Stopwatch.GetTimestamp();
            var outcome = await pipeline.Processor.ProcessAsync(message, cancellationToken);
            var delivered = await pipeline.Sender.DeliveredAsync(outcome.OutboxIds, cancellationToken);

            // Figures for messages that went astray, or were answered instead of relayed, would measure something else.
            if (delivered is not [var copy] || copy.Message.To.ChatId != to.Person.UserId || copy.Message.Text != $"{from.Name}: {text}")
            {
                throw new InvalidOperationException(
                    $"{from.Name}'s \"{text}\" was not relayed to {to.Name}: {string.Join(" | ", delivered.Select(d => $"to {d.Message.To.ChatId}: {d.Message.Text}"))}");
            }

            latencies.Record(started, copy.Timestamp);
        }
    }
}

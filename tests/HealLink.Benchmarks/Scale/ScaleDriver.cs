using System.Collections.Concurrent;
using System.Globalization;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// One conversation at the pace of the bots: mentee and mentor take turns on the fake, each writing only once the
/// copy of the message before reached the other person. A message's latency runs from the update's first post to a
/// bot process to the copy's arrival at the fake.
/// </summary>
internal static class ScaleDriver
{
    /// <summary>A message whose copy has not arrived after this long is lost, not slow.</summary>
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(
        ScaleCluster cluster,
        (FakeTelegramUser Mentee, FakeTelegramUser Mentor) conversation,
        string phase,
        int messages,
        ConcurrentQueue<double> latencies,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(latencies);
        for (var i = 0; i < messages; i++)
        {
            var (from, to) = i % 2 == 0 ? (conversation.Mentee, conversation.Mentor) : (conversation.Mentor, conversation.Mentee);
            var text = string.Create(CultureInfo.InvariantCulture, $"{phase} message {i + 1}, about the first week at home");
            var arrival = cluster.Copies.Expect(to.ChatId, $"{from.FirstName}: {text}");
            var updateId = cluster.Telegram.EnqueueText(from, text);
            DateTimeOffset arrivedAt;
            try
            {
                arrivedAt = await arrival.WaitAsync(_patience, cancellationToken);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException(
                    $"{from.FirstName}'s \"{text}\" did not reach {to.FirstName} within {_patience.TotalSeconds:0} s. {cluster.Describe()}");
            }

            latencies.Enqueue((arrivedAt - cluster.Front.PostedAt(updateId)).TotalMilliseconds);
        }
    }
}

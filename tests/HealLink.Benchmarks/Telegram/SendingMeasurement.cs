using System.Globalization;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// The bot's sendMessage calls into the measured chats, timed by their arrival at the fake: the accepted ones (200)
/// for the rates, every attempt for whether the bot kept to its limits.
/// </summary>
/// <param name="Count">Messages the fake accepted.</param>
/// <param name="FirstAt">When the first accepted message arrived.</param>
/// <param name="Window">From the first accepted message's arrival to the last's.</param>
/// <param name="PeakInOneSecond">The most accepted within any one second, all chats together.</param>
/// <param name="PeakPerChatInOneSecond">The most accepted in one chat within any one second.</param>
/// <param name="GlobalDepthNeeded">
/// The smallest burst with which a token bucket at the configured global rate would have accepted every attempt;
/// above the configured burst, the bot sent faster than it was told to (see <see cref="TokenBucketFit"/>).
/// </param>
/// <param name="PerChatDepthNeeded">The same for the busiest chat, at the configured per-chat rate.</param>
internal sealed record SendingMeasurement(
    int Count,
    DateTimeOffset FirstAt,
    TimeSpan Window,
    int PeakInOneSecond,
    int PeakPerChatInOneSecond,
    double GlobalDepthNeeded,
    double PerChatDepthNeeded)
{
    /// <summary>Over the sending window; a window shorter than a millisecond (one message) counts as one.</summary>
    public double PerSecond => Count / Math.Max(Window.TotalSeconds, 0.001);

    public static SendingMeasurement Of(IEnumerable<FakeApiCall> calls, IReadOnlySet<long> chatIds, RateLimitScenario limits)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(chatIds);
        ArgumentNullException.ThrowIfNull(limits);
        var attempts = calls
            .Where(c => c.Method == "sendmessage")
            .Select(c => (ChatId: ChatIdOf(c), c.At, Accepted: c.StatusCode == 200))
            .Where(c => chatIds.Contains(c.ChatId))
            .OrderBy(c => c.At)
            .ToList();
        var accepted = attempts.Where(c => c.Accepted).ToList();
        if (accepted.Count == 0)
        {
            throw new InvalidOperationException("The fake accepted no message for the measured chats.");
        }

        var times = accepted.ConvertAll(c => c.At);
        return new SendingMeasurement(
            accepted.Count,
            times[0],
            times[^1] - times[0],
            TokenBucketFit.MostWithinOneSecond(times),
            accepted.GroupBy(c => c.ChatId).Max(chat => TokenBucketFit.MostWithinOneSecond([.. chat.Select(c => c.At)])),
            TokenBucketFit.DepthNeeded(attempts.ConvertAll(c => c.At), limits.GlobalPerSecond),
            attempts.GroupBy(c => c.ChatId).Max(chat => TokenBucketFit.DepthNeeded([.. chat.Select(c => c.At)], limits.PerChatPerSecond)));
    }

    // The bot posts JSON, where chat_id is a number; a form or query would give a string. Either reads the same.
    private static long ChatIdOf(FakeApiCall call) =>
        long.TryParse(call.Parameters["chat_id"]?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
            ? chatId
            : 0;
}

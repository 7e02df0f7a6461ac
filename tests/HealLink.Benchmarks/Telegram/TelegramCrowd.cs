using System.Diagnostics;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// People arriving together: each says "/start", then "/help" for every further message. Queued round by round
/// (everyone's first message, then everyone's second), as a crowd typing at once would reach Telegram.
/// </summary>
internal sealed class TelegramCrowd
{
    private readonly FakeTelegramServer _telegram;

    public TelegramCrowd(FakeTelegramServer telegram, int people)
    {
        ArgumentNullException.ThrowIfNull(telegram);
        _telegram = telegram;
        People = [.. Enumerable.Range(0, people).Select(_ => telegram.CreateUser())];
    }

    public IReadOnlyList<FakeTelegramUser> People { get; }

    public IReadOnlySet<long> ChatIds => People.Select(p => p.ChatId).ToHashSet();

    /// <returns>Each update id with the <see cref="Stopwatch"/> reading taken as it was queued.</returns>
    public Dictionary<long, long> Enqueue(int messagesPerPerson)
    {
        var enqueuedAt = new Dictionary<long, long>(People.Count * messagesPerPerson);
        for (var message = 0; message < messagesPerPerson; message++)
        {
            foreach (var person in People)
            {
                var updateId = _telegram.EnqueueText(person, message == 0 ? "/start" : "/help");
                enqueuedAt[updateId] = Stopwatch.GetTimestamp();
            }
        }

        return enqueuedAt;
    }
}

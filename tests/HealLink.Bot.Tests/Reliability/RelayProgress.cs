using System.Diagnostics;
using System.Globalization;
using HealLink.Core.Tests.Storage;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>How far a run has come, read from the fake server and the database, and waiting on it.</summary>
/// <param name="count">Runs a query answering one number against the bot's database.</param>
internal sealed class RelayProgress(FakeTelegramServer telegram, RelayPlan plan, Func<string, Task<long>> count)
{
    private readonly IReadOnlyDictionary<long, IReadOnlyList<string>> _expected = plan.ExpectedByChat;

    public RelayProgress(FakeTelegramServer telegram, RelayPlan plan, TestDatabase database)
        : this(telegram, plan, database.ScalarAsync<long>)
    {
    }

    /// <summary>Messages Telegram accepted from the bot, repeats included.</summary>
    public int Accepted => telegram.CallsOf("sendMessage").Count(c => c.StatusCode == 200);

    /// <summary>What each chat received, in the order the fake stored it.</summary>
    public IReadOnlyList<ReceivedMessage> ReceivedBy(long chatId) =>
        [.. telegram.SentTo(chatId).Select(m => new ReceivedMessage(m.Text, m.SentAt))];

    /// <summary>Every planned message has reached its chat and the outbox has nothing more to send.</summary>
    public async Task<bool> IsCompleteAsync() =>
        _expected.All(chat => ReceivedBy(chat.Key).Select(m => m.Text).ToHashSet().IsSupersetOf(chat.Value))
        && await CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL") == 0;

    public string DescribeMissing()
    {
        var missing = _expected.Sum(chat => chat.Value.Except(ReceivedBy(chat.Key).Select(m => m.Text)).Count());
        return string.Create(CultureInfo.InvariantCulture, $"{missing} of {plan.Messages.Count} messages have not arrived; Telegram accepted {Accepted}");
    }

    public Task<long> CountAsync(string sql) => count(sql);

    /// <summary>Checks every 20 ms until the condition holds; fails if a bot process ends by itself, or at the timeout.</summary>
    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<bool> processesAlive, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(processesAlive);
        ArgumentNullException.ThrowIfNull(describe);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (!processesAlive())
            {
                throw new InvalidOperationException($"A bot process ended by itself. {describe()}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Not within {timeout.TotalSeconds:0} s. {describe()}"));
            }

            await Task.Delay(20);
        }
    }
}

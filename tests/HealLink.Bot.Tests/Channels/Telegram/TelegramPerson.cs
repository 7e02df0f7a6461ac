using HealLink.FakeTelegram;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>
/// Someone using Telegram: each input is an update queued at the fake server; what they read is what the bot
/// sent to their chat there. Buttons are pressed as Telegram does: a callback query carrying the button's data.
/// </summary>
internal sealed class TelegramPerson(FakeTelegramServer telegram, FakeTelegramUser user)
{
    public TelegramBotHost? Bot { get; set; }

    public FakeTelegramUser User => user;

    public IReadOnlyList<FakeSentMessage> Received => telegram.SentTo(user.Id);

    public FakeSentMessage Last => Received[^1];

    public Task<IReadOnlyList<FakeSentMessage>> SayAsync(string text) => SendAsync(() => telegram.EnqueueText(user, text));

    public async Task<IReadOnlyList<FakeSentMessage>> PressAsync(string label)
    {
        var keyboard = Received.Last(m => m.Buttons.Count > 0);
        var button = keyboard.Buttons.SelectMany(row => row).FirstOrDefault(b => b.Text.TrimStart('✓', ' ') == label)
            ?? throw new InvalidOperationException($"No button '{label}' under: {keyboard.Text}");
        return await SendAsync(() => telegram.EnqueueCallback(user, keyboard.MessageId, button.CallbackData!));
    }

    public Task RunAsync(IEnumerable<ChatStep> steps) => steps.PlayAsync(SayAsync, PressAsync);

    /// <summary>Queues an update, waits until the bot handled it and sent every reply, and returns the replies.</summary>
    public async Task<IReadOnlyList<FakeSentMessage>> SendAsync(Func<long> enqueue)
    {
        ArgumentNullException.ThrowIfNull(enqueue);
        var bot = Bot ?? throw new InvalidOperationException("No bot is running");
        var before = Received.Count;
        await bot.WaitUntilHandledAsync(enqueue());
        return [.. Received.Skip(before)];
    }
}

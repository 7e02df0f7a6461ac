using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// Someone chatting with the real bot process through the fake Telegram server: each step waits until the bot has
/// taken the update and its replies have stopped arriving, as a person reads before tapping the next button.
/// </summary>
internal sealed class TelegramChat(FakeTelegramServer telegram, FakeTelegramUser user)
{
    private static readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(300);

    public IReadOnlyList<FakeSentMessage> Received => telegram.SentTo(user);

    public Task SayAsync(string text) => SendAsync(() => telegram.EnqueueText(user, text));

    public Task PressAsync(string label)
    {
        var keyboard = Received.Last(m => m.Buttons.Count > 0);
        var button = keyboard.Buttons.SelectMany(row => row).FirstOrDefault(b => b.Text.TrimStart('✓', ' ') == label)
            ?? throw new InvalidOperationException($"No button '{label}' under: {keyboard.Text}");
        return SendAsync(() => telegram.EnqueueCallback(user, keyboard.MessageId, button.CallbackData!));
    }

    public Task RunAsync(IEnumerable<ChatStep> steps) => steps.PlayAsync(SayAsync, PressAsync);

    /// <summary>Waits until a message the bot sent to this chat contains the text.</summary>
    public async Task<FakeSentMessage> WaitForAsync(string text, TimeSpan? timeout = null)
    {
        await telegram.WaitUntilAsync(() => Received.Any(m => m.Text.Contains(text, StringComparison.Ordinal)), timeout ?? TimeSpan.FromSeconds(30));
        return Received.Last(m => m.Text.Contains(text, StringComparison.Ordinal));
    }

    private async Task SendAsync(Func<long> enqueue)
    {
        var before = Received.Count;
        var updateId = enqueue();
        await telegram.WaitUntilAsync(() => telegram.ConfirmedOffset > updateId && Received.Count > before, TimeSpan.FromSeconds(30));
        for (var count = Received.Count; ; count = Received.Count)
        {
            await Task.Delay(_quiet);
            if (Received.Count == count)
            {
                return;
            }
        }
    }
}

using HealLink.Bot.Channels.Telegram;
using HealLink.Bot.Status;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>Telegram's limits are the bot's, not a process's: several processes share them.</summary>
public sealed class TelegramRateLimitsTests
{
    private const string Chat = "1001";

    private readonly FakeTimeProvider _clock = new();
    private readonly BotInstances _instances = new();
    private readonly History _history = new();

    [Fact]
    public async Task WaitForGlobalTurnAsync_LoneProcess_GrantsTheBotsWholeRate()
    {
        var granted = await GrantedWithinAsync(TimeSpan.FromSeconds(9.95));

        // Half a second's worth at once (15), then 95% of 30 a second.
        Assert.Equal(15 + 283, granted);
    }

    [Fact]
    public async Task WaitForGlobalTurnAsync_ThreeProcessesRunning_GrantsAThirdOfTheBotsRate()
    {
        _instances.Update(3);

        var granted = await GrantedWithinAsync(TimeSpan.FromSeconds(9.95));

        // A third of each: 5 at once, then 9.5 a second; three such processes together stay inside Telegram's 30.
        Assert.Equal(5 + 94, granted);
    }

    [Fact]
    public async Task WaitForTurnAsync_AnotherProcessSentAFullBurstToTheChat_WaitsUntilTheOldestLeavesTheWindow()
    {
        _instances.Update(2);
        var now = _clock.GetUtcNow();
        _history.Sent = [now.AddSeconds(-0.1), now.AddSeconds(-0.5), now.AddSeconds(-1)];
        var sut = Limits();

        var turn = sut.WaitForTurnAsync(Chat, CancellationToken.None);

        // Three a window of 3 / (1 × 0.95) s: the oldest, a second ago, leaves it 2.16 s from now.
        _clock.Advance(TimeSpan.FromSeconds(2.1));
        await Task.Yield();
        Assert.False(turn.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([(Chat, 3)], _history.Asked);
    }

    [Fact]
    public async Task WaitForTurnAsync_FewerThanABurstInTheWindow_GoesAtOnce()
    {
        _instances.Update(2);
        var now = _clock.GetUtcNow();
        _history.Sent = [now.AddSeconds(-0.1), now.AddSeconds(-0.2)];

        var turn = Limits().WaitForTurnAsync(Chat, CancellationToken.None);

        Assert.True(turn.IsCompletedSuccessfully);
        await turn;
    }

    [Fact]
    public async Task WaitForTurnAsync_LoneProcess_NeverReadsWhatOthersSent()
    {
        await Limits().WaitForTurnAsync(Chat, CancellationToken.None);

        Assert.Empty(_history.Asked);
    }

    /// <summary>How many of 1,000 turns asked at once are granted within <paramref name="span"/>.</summary>
    private async Task<int> GrantedWithinAsync(TimeSpan span)
    {
        var sut = Limits();
        var turns = Enumerable.Range(0, 1000).Select(_ => sut.WaitForGlobalTurnAsync(CancellationToken.None)).ToList();
        var step = TimeSpan.FromMilliseconds(10);
        for (var elapsed = TimeSpan.Zero; elapsed + step <= span; elapsed += step)
        {
            _clock.Advance(step);
        }

        _clock.Advance(span - TimeSpan.FromTicks(span.Ticks / step.Ticks * step.Ticks));
        await Task.Yield();
        return turns.Count(t => t.IsCompleted);
    }

    private TelegramRateLimits Limits() => new(
        Options.Create(new TelegramOptions { PerChatMessagesPerSecond = 1, PerChatBurst = 3, GlobalMessagesPerSecond = 30 }),
        _clock,
        _instances,
        _history);

    private sealed class History : IChatSendHistory
    {
        public IReadOnlyList<DateTimeOffset> Sent { get; set; } = [];

        public List<(string ChatId, int Most)> Asked { get; } = [];

        public Task<IReadOnlyList<DateTimeOffset>> LatestAsync(string chatId, DateTimeOffset since, int most, CancellationToken cancellationToken)
        {
            Asked.Add((chatId, most));
            return Task.FromResult<IReadOnlyList<DateTimeOffset>>([.. Sent.Where(at => at > since).OrderDescending().Take(most)]);
        }
    }
}

using HealLink.Bot.Channels.LocalConsole;
using Microsoft.Extensions.Time.Testing;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>
/// Waiting for printed replies, on a fake clock: a wait can end by timing out only when the test moves the clock,
/// and its result says which way it ended, so no test races the wall clock.
/// </summary>
public sealed class ShownMessagesTests
{
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromHours(1);

    // Real time allowed for what should happen at once (a wake-up, a timer the fake clock fired); far from the
    // fake timeout, so a wait that went by the real clock instead would fail here.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new();
    private readonly ShownMessages _sut;

    public ShownMessagesTests() => _sut = new ShownMessages(_clock);

    [Fact]
    public async Task WaitUntilShown_NeverPrinted_GivesUpAfterTheTimeout()
    {
        var wait = _sut.WaitUntilShownAsync([42], WaitTimeout, default);

        _clock.Advance(WaitTimeout);

        Assert.False(await wait.WaitAsync(Patience));
    }

    [Fact]
    public async Task WaitUntilShown_PrintedJustBeforeTheTimeout_StillWakes()
    {
        var wait = _sut.WaitUntilShownAsync([42], WaitTimeout, default);

        _clock.Advance(WaitTimeout - TimeSpan.FromMilliseconds(1));
        _sut.MarkShown(42);

        Assert.True(await wait.WaitAsync(Patience));
    }

    [Fact]
    public async Task WaitUntilShown_AllPrintedDuringTheWait_WakesWithoutTheTimeout()
    {
        var wait = _sut.WaitUntilShownAsync([7, 8], WaitTimeout, default);

        _sut.MarkShown(7);
        _sut.MarkShown(8);

        Assert.True(await wait.WaitAsync(Patience));
    }

    [Fact]
    public async Task WaitUntilShown_OnlySomePrinted_GivesUpAfterTheTimeout()
    {
        var wait = _sut.WaitUntilShownAsync([7, 8], WaitTimeout, default);

        _sut.MarkShown(7);

        // A wake-up arrives on another thread: give a wrong one time to show before the clock ends the wait. The
        // fake clock stands still meanwhile, so a right one cannot end within this window whatever the load.
        Assert.NotSame(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromMilliseconds(300))));
        _clock.Advance(WaitTimeout);
        Assert.False(await wait.WaitAsync(Patience));
    }

    [Fact]
    public async Task WaitUntilShown_AlreadyPrinted_ReturnsAtOnce()
    {
        _sut.MarkShown(5);

        var wait = _sut.WaitUntilShownAsync([5], WaitTimeout, default);

        Assert.True(wait.IsCompletedSuccessfully);
        Assert.True(await wait);
    }
}

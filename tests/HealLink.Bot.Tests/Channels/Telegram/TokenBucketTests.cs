using HealLink.Bot.Channels.Telegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

public sealed class TokenBucketTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Reserve_BurstThenRate_WaitsOneIntervalPerMessageBeyondTheBurst()
    {
        var sut = new TokenBucket(perSecond: 1, burst: 3, _clock);

        var waits = Enumerable.Range(0, 5).Select(_ => sut.Reserve().TotalSeconds).ToList();

        Assert.Equal([0, 0, 0, 1, 2], waits);
    }

    [Fact]
    public void Reserve_AfterALongQuietSpell_AllowsOnlyTheBurstAgain()
    {
        var sut = new TokenBucket(perSecond: 1, burst: 3, _clock);
        sut.Reserve();
        _clock.Advance(TimeSpan.FromSeconds(10));

        var waits = Enumerable.Range(0, 4).Select(_ => sut.Reserve().TotalSeconds).ToList();

        Assert.Equal([0, 0, 0, 1], waits);
    }

    [Fact]
    public void Reserve_ThirtyASecond_NeverGrantsMoreThanRateTimesTimePlusBurst()
    {
        var sut = new TokenBucket(perSecond: 30, burst: 30, _clock);

        var granted = Enumerable.Range(0, 1_000).Select(_ => sut.Reserve()).Count(wait => wait <= TimeSpan.FromSeconds(10));

        Assert.Equal(30 + 300, granted);
    }

    [Fact]
    public void Reserve_TimePassesBetweenCalls_RefillsAtTheRate()
    {
        var sut = new TokenBucket(perSecond: 2, burst: 1, _clock);
        sut.Reserve();

        _clock.Advance(TimeSpan.FromMilliseconds(250));

        Assert.Equal(0.25, sut.Reserve().TotalSeconds, precision: 6);
    }

    [Fact]
    public void IsIdle_FullAgain_True()
    {
        var sut = new TokenBucket(perSecond: 1, burst: 2, _clock);
        sut.Reserve();
        Assert.False(sut.IsIdle);

        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(sut.IsIdle);
    }
}

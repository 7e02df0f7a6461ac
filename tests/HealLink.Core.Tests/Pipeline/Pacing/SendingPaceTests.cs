using HealLink.Core.Pipeline.Pacing;

namespace HealLink.Core.Tests.Pipeline.Pacing;

public sealed class SendingPaceTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 21, 0, 0, TimeSpan.Zero);
    private static readonly PacingOptions Options = new() { MessagesPerWindow = 20, Window = TimeSpan.FromSeconds(10) };

    [Fact]
    public void Take_TwentyAtOnce_AllOnPace()
    {
        var steps = TakeAll(Enumerable.Repeat(Start, 20));

        Assert.All(steps, step => Assert.Equal(TimeSpan.Zero, step.Delay));
        Assert.DoesNotContain(steps, step => step.StartsSlowing);
    }

    [Fact]
    public void Take_TwentyFiveAtOnce_TheRestWaitHalfASecondMoreEach_AndOnlyTheFirstOverStartsSlowing()
    {
        var steps = TakeAll(Enumerable.Repeat(Start, 25));

        Assert.Equal([0.5, 1.0, 1.5, 2.0, 2.5], steps.Skip(20).Select(s => s.Delay.TotalSeconds));
        Assert.Equal([20], steps.Select((s, i) => (s, i)).Where(p => p.s.StartsSlowing).Select(p => p.i));
    }

    [Fact]
    public void Take_TwoASecondForAMinute_NeverSlowed()
    {
        var steps = TakeAll(Enumerable.Range(0, 120).Select(i => Start + TimeSpan.FromSeconds(i * 0.5)));

        Assert.All(steps, step => Assert.Equal(TimeSpan.Zero, step.Delay));
    }

    [Fact]
    public void Take_AFloodThenAQuietWindow_OnPaceAgainAndAFreshFloodIsToldAgain()
    {
        var first = TakeAll(Enumerable.Repeat(Start, 21));
        var later = Start + TimeSpan.FromSeconds(21);
        var second = TakeAll(Enumerable.Repeat(later, 21), first[^1].PacedUntil);

        Assert.True(first[^1].StartsSlowing);
        Assert.All(second.Take(20), step => Assert.Equal(TimeSpan.Zero, step.Delay));
        Assert.True(second[^1].StartsSlowing);
    }

    [Fact]
    public void Take_StillOverAfterAShortPause_NotToldTwice()
    {
        var flood = TakeAll(Enumerable.Repeat(Start, 30));

        var after = SendingPace.Take(flood[^1].PacedUntil, Start + TimeSpan.FromSeconds(1), Options);

        Assert.True(after.Delay > TimeSpan.Zero);
        Assert.False(after.StartsSlowing);
    }

    private static List<PaceStep> TakeAll(IEnumerable<DateTimeOffset> times, DateTimeOffset? pacedUntil = null)
    {
        var steps = new List<PaceStep>();
        foreach (var now in times)
        {
            var step = SendingPace.Take(pacedUntil, now, Options);
            pacedUntil = step.PacedUntil;
            steps.Add(step);
        }

        return steps;
    }
}

using HealLink.Core.Connections;
using HealLink.Core.Connections.Timing;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>A week into a conversation the mentee is asked, once, how it is going; never about one that has ended.</summary>
public sealed class CheckInTests : TimingSceneTests
{
    private static readonly TimeSpan OneWeek = TimeSpan.FromDays(7);

    [Fact]
    public async Task RunAsync_ConversationOpenForAWeek_MenteeIsAskedOnceAndTheMentorIsNot()
    {
        await Scene.TalkingAsync();
        var samHeard = Scene.Sam.Received.Count;
        Scene.Advance(OneWeek - TimeSpan.FromSeconds(1));
        var early = await Scene.RunAsync();
        Scene.Advance(TimeSpan.FromSeconds(1));

        var first = await Scene.RunAsync();
        var second = await Scene.RunAsync();

        Assert.Equal(0, early.CheckedIn);
        Assert.Equal(1, first.CheckedIn);
        Assert.Equal(0, second.CheckedIn);
        var checkIn = Assert.Single(Scene.Maria.Received, m => m.Text == CheckInCopy.English.Question(TimingScene.MentorName));
        Assert.Equal([CheckInCopy.English.GoingWellLabel, CheckInCopy.English.RatherEndLabel], checkIn.Buttons.SelectMany(row => row).Select(b => b.Label));
        Assert.Equal(samHeard, Scene.Sam.Received.Count);
        Assert.Equal(Scene.Clock.Now, (await Scene.ConnectionAsync()).CheckInSentAt);
    }

    [Fact]
    public async Task RunAsync_MenteeAnswersTheCheckIn_GoingWellKeepsTalkingAndStopAsksFirst()
    {
        await Scene.TalkingAsync();
        Scene.Advance(OneWeek);
        await Scene.RunAsync();

        var goingWell = await Scene.Maria.PressAsync(CheckInCopy.English.GoingWellLabel);
        var stop = await Scene.Maria.PressAsync(CheckInCopy.English.RatherEndLabel);

        Assert.Equal(ConnectionCopy.English.NowTalkingWith(TimingScene.MentorName), Assert.Single(goingWell).Text);
        Assert.Equal(ConnectionCopy.English.EndQuestion(TimingScene.MentorName), Assert.Single(stop).Text);
        Assert.Equal(ConnectionState.Active, (await Scene.ConnectionAsync()).State);
    }

    [Fact]
    public async Task RunAsync_ConversationEndedWithinTheWeek_NoCheckIn()
    {
        await Scene.TalkingAsync();
        Scene.Advance(TimeSpan.FromDays(3));
        await Scene.Maria.SayAsync("/end");
        await Scene.Maria.PressAsync(ConnectionCopy.English.EndLabel(TimingScene.MentorName));
        Scene.Advance(OneWeek);

        var counts = await Scene.RunAsync();

        Assert.Equal(0, counts.CheckedIn);
        Assert.DoesNotContain(Scene.Maria.Received, m => m.Text == CheckInCopy.English.Question(TimingScene.MentorName));
        Assert.Null((await Scene.ConnectionAsync()).CheckInSentAt);
    }
}

using HealLink.Core.Connections;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>"If they can't answer within two days I'll help you find someone else", kept through the real pipeline.</summary>
public sealed class RequestExpiryTests : TimingSceneTests
{
    private static readonly TimeSpan TwoDays = TimeSpan.FromHours(48);

    [Fact]
    public async Task RunAsync_RequestUnansweredForTwoDays_ExpiresAndTellsBoth()
    {
        await TimingScene.AskAsync(Scene.Maria);
        Scene.Advance(TwoDays);

        var counts = await Scene.RunAsync();

        Assert.Equal(1, counts.Expired);
        Assert.Equal(ConnectionCopy.English.Expired, Scene.Maria.Last.Text);
        Assert.Equal([ConnectionCopy.English.LookAgainLabel], Scene.Maria.Last.Buttons.SelectMany(row => row).Select(b => b.Label));
        Assert.Equal(ConnectionCopy.English.ExpiredForMentor, Scene.Sam.Last.Text);
        var connection = await Scene.ConnectionAsync();
        Assert.Equal(ConnectionState.Expired, connection.State);
        Assert.Equal(Scene.Clock.Now, connection.EndedAt);
        Assert.Equal(0, (await Scene.RunAsync()).Expired);
    }

    [Fact]
    public async Task RunAsync_RequestExpired_MenteeCanAskTheNextMentorButNeverTheSameOne()
    {
        await Scene.AddNoorAsync();
        var cards = await Scene.Maria.PressAsync("Find my match");
        Assert.Contains(cards, card => card.Buttons.SelectMany(row => row).Any(b => b.Label == "Connect with Noor"));
        await Scene.Maria.PressAsync($"Connect with {TimingScene.MentorName}");
        Scene.Advance(TwoDays);
        await Scene.RunAsync();

        var again = await Scene.Maria.PressAsync(ConnectionCopy.English.LookAgainLabel);
        var offered = again.SelectMany(m => m.Buttons.SelectMany(row => row)).Select(b => b.Label).ToList();
        var asked = await Scene.Maria.PressAsync("Connect with Noor");

        Assert.Contains("Connect with Noor", offered);
        Assert.DoesNotContain($"Connect with {TimingScene.MentorName}", offered);
        Assert.Equal(ConnectionCopy.English.Requested("Noor", new ConnectionsOptions().RequestExpiry), asked[^1].Text);
    }

    [Fact]
    public async Task RunAsync_RequestOneSecondShortOfTwoDays_StaysOpenAndTheMenteeHearsNothing()
    {
        await TimingScene.AskAsync(Scene.Maria);
        var heard = Scene.Maria.Received.Count;
        Scene.Advance(TwoDays - TimeSpan.FromSeconds(1));

        var counts = await Scene.RunAsync();

        Assert.Equal(0, counts.Expired);
        Assert.Equal(heard, Scene.Maria.Received.Count);
        Assert.Equal(ConnectionState.Requested, (await Scene.ConnectionAsync()).State);
        Scene.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await Scene.RunAsync()).Expired);
    }

    [Fact]
    public async Task RunAsync_MentorAcceptedBeforeTheDeadline_NothingExpires()
    {
        await TimingScene.AskAsync(Scene.Maria);
        Scene.Advance(TwoDays - TimeSpan.FromHours(1));
        await Scene.Sam.PressAsync("Accept");
        Scene.Advance(TimeSpan.FromDays(1));

        var counts = await Scene.RunAsync();

        Assert.Equal(0, counts.Expired);
        Assert.Equal(ConnectionState.Active, (await Scene.ConnectionAsync()).State);
        Assert.DoesNotContain(Scene.Maria.Received, m => m.Text == ConnectionCopy.English.Expired);
    }
}

using HealLink.Core.Connections;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>From Connect to a conversation and its end, through the real pipeline and a SQLite file.</summary>
public sealed class ConnectionLifecycleTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost _host = null!;

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(_file, _platform);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Connect_MentorIsSentTheMenteesCardWithAcceptAndDecline()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");

        await RequestAsync(ana, "Sam");

        Assert.StartsWith("I've asked Sam", ana.Last.Text, StringComparison.Ordinal);
        Assert.Equal("Withdraw request to Sam", Assert.Single(ana.Last.Buttons.SelectMany(r => r)).Label);
        var card = sam.Last;
        Assert.StartsWith("Ana would like to talk with you.", card.Text, StringComparison.Ordinal);
        Assert.Contains("kidney transplant", card.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Preparing for it", card.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"" + Conversations.Scripts.MenteeIntro[..40], card.Text, StringComparison.Ordinal);
        Assert.Equal(["Accept", "Decline"], card.Buttons.SelectMany(r => r).Select(b => b.Label));

        // Written for the mentee, the reasons are shown to the mentor only where they read the same from either side.
        Assert.Contains("Why you: You have a kidney transplant in common.", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam can help", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_BothAreIntroducedWithTheDisclaimerAndAnIcebreaker_ThenWhatEachTypesReachesTheOther()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await RequestAsync(ana, "Sam");

        await sam.PressAsync("Accept");

        Assert.Equal(ConnectionCopy.English.AcceptedForMentee("Sam"), ana.Received[^4].Text);
        Assert.Equal(("Sam", Messaging.OutboundKind.OpenThread), (ana.Received[^3].Text, ana.Received[^3].Kind));
        foreach (var (person, other) in new[] { (ana, "Sam"), (sam, "Ana") })
        {
            var introduction = person.Received[^2].Text;
            Assert.StartsWith($"You're now connected with {other}.", introduction, StringComparison.Ordinal);
            Assert.EndsWith(ConnectionCopy.English.Disclaimer, introduction, StringComparison.Ordinal);
            Assert.StartsWith("To start: ", person.Last.Text, StringComparison.Ordinal);
        }

        // No model is configured, so the template wrote it: about Sam, ending in a question Ana could ask.
        var icebreaker = ana.Last.Text.Split('\n')[0];
        Assert.Contains("Sam", icebreaker, StringComparison.Ordinal);
        Assert.EndsWith("?", icebreaker, StringComparison.Ordinal);

        var toSam = await ana.SayAsync("Hi Sam, thank you for saying yes.");
        Assert.Empty(toSam);
        Assert.Equal("Ana: Hi Sam, thank you for saying yes.", sam.Last.Text);
        await sam.SayAsync("Happy to. How are you feeling about the surgery?");
        Assert.Equal("Sam: Happy to. How are you feeling about the surgery?", ana.Last.Text);
        Assert.Equal(2, await _host.QueryAsync(db => db.RelayedMessages.CountAsync()));
    }

    [Fact]
    public async Task Relay_ToSomeoneWhoBlockedTheBot_TheSenderIsToldAndTheMessageIsKept()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");
        await _host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE platform_accounts SET unreachable_since = 1 WHERE platform_user_id = 'mentee-1'"));

        var told = await sam.SayAsync("Are you okay?");

        Assert.Equal(ConnectionCopy.English.CannotReach("Ana"), Assert.Single(told).Text);
        Assert.Equal("Are you okay?", (await _host.QueryAsync(db => db.RelayedMessages.SingleAsync())).Text);
    }

    [Fact]
    public async Task Decline_MenteeGetsAKindNoteWithoutTheReasonAndIsNotOfferedThatMentorAgain()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await RequestAsync(ana, "Sam");

        await sam.PressAsync("Decline");
        await sam.PressAsync("I don't have time now");

        Assert.Equal(ConnectionCopy.English.Declined, ana.Last.Text);
        Assert.Equal(DeclineReason.NoTime, (await _host.QueryAsync(db => db.Connections.SingleAsync())).DeclineReason);
        Assert.DoesNotContain(ana.Received, m => m.Text.Contains("time now", StringComparison.OrdinalIgnoreCase));
        var again = await ana.PressAsync(ConnectionCopy.English.LookAgainLabel);
        Assert.Equal(MatchingCopy.English.NoneFits, again[^1].Text);
    }

    [Fact]
    public async Task Withdraw_MentorIsToldAndTheirOldAcceptChangesNothing()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await RequestAsync(ana, "Sam");

        await ana.PressAsync("Withdraw request to Sam");
        Assert.Equal(ConnectionCopy.English.WithdrawnForMentor, sam.Last.Text);

        var late = await sam.PressAsync("Accept");
        Assert.Equal(ConnectionCopy.English.RequestGone, Assert.Single(late).Text);
        Assert.Equal(ConnectionState.Withdrawn, (await _host.QueryAsync(db => db.Connections.SingleAsync())).State);

        // A withdrawn request was the mentee's own change of mind: the mentor can be asked again.
        await RequestAsync(ana, "Sam");
        Assert.Equal(2, await _host.QueryAsync(db => db.Connections.CountAsync()));
    }

    [Fact]
    public async Task Accept_MentorAlreadyAtCapacity_IsRefusedAndTheRequestStaysOpen()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        var ben = await MenteeAsync(_host, _platform, "mentee-2", "Ben");
        await ConnectAsync(ana, sam, "Sam");
        await RequestAsync(ben, "Sam");
        await _host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE profiles SET capacity = 1 WHERE display_name = 'Sam'"));

        var refused = await sam.PressAsync("Accept");

        Assert.Equal(ConnectionCopy.English.AtCapacity, Assert.Single(refused).Text);
        Assert.Equal(1, await _host.QueryAsync(db => db.Connections.CountAsync(c => c.State == ConnectionState.Requested)));
        Assert.StartsWith("I've asked Sam", ben.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindMyMatch_WhileTalkingWithAMentor_SaysToEndThatConversationFirst()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");

        var replies = await ana.SayAsync("/match");

        Assert.Equal(MatchingCopy.English.AlreadyTalking(["Sam"]), replies[^1].Text);
    }

    [Fact]
    public async Task End_BothAreAskedForARating_AndTheRatingAndCommentAreStored()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");

        await ana.SayAsync("/end");
        await ana.PressAsync("End with Sam");

        Assert.Equal(ConnectionCopy.English.RatingQuestion, ana.Last.Text);
        Assert.Equal(ConnectionCopy.English.RatingQuestion, sam.Last.Text);
        Assert.Equal(ConnectionCopy.English.EndedByOther("Ana"), sam.Received[^3].Text);
        Assert.Equal(Messaging.OutboundKind.CloseThread, sam.Received[^2].Kind);
        await ana.PressAsync("4");
        var thanks = await ana.SayAsync("Sam was so kind and practical.");
        Assert.Equal("Find my match", Assert.Single(thanks[^1].Buttons.SelectMany(r => r)).Label);
        await sam.PressAsync("5");
        await sam.PressAsync(ConnectionCopy.English.NoCommentLabel);

        var ratings = await _host.QueryAsync(db => db.ConnectionRatings.OrderBy(r => r.Score).ToListAsync());
        Assert.Equal([4, 5], ratings.Select(r => r.Score));
        Assert.Equal(["Sam was so kind and practical.", null], ratings.Select(r => r.Comment));
        var connection = await _host.QueryAsync(db => db.Connections.SingleAsync());
        Assert.Equal((ConnectionState.Ended, EndReason.Finished), (connection.State, connection.EndReason));

        // Over: what Ana types now is for the bot, not passed on.
        var before = sam.Received.Count;
        await ana.SayAsync("hello?");
        Assert.Equal(before, sam.Received.Count);
    }

    [Fact]
    public async Task Report_CoordinatorsGetTheConversationsLastMessages()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");
        await sam.SayAsync("Send me your phone number and address.");

        await ana.SayAsync("/report");
        var reported = await ana.PressAsync("Report about Sam");

        Assert.Equal(ConnectionCopy.English.Reported, Assert.Single(reported).Text);
        var report = await _host.QueryAsync(db => db.Reports.SingleAsync());
        Assert.EndsWith("Sam: Send me your phone number and address.", report.RecentMessages, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Active, (await _host.QueryAsync(db => db.Connections.SingleAsync())).State);
    }

    [Fact]
    public async Task Block_EndsTheConversationNeutrallyAndTheMentorIsNeverOfferedAgain()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        await ApprovedMentorAsync(_host, _platform, "mentor-2", "Lee");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");

        await ana.SayAsync("/block");
        await ana.PressAsync("Block Sam");

        Assert.Equal(ConnectionCopy.English.EndedNeutrally("Ana"), sam.Received[^3].Text);
        Assert.DoesNotContain(sam.Received, m => m.Text.Contains("block", StringComparison.OrdinalIgnoreCase));
        var connection = await _host.QueryAsync(db => db.Connections.SingleAsync());
        Assert.Equal((ConnectionState.Ended, EndReason.Blocked), (connection.State, connection.EndReason));
        Assert.Equal(1, await _host.QueryAsync(db => db.Reports.CountAsync()));
        var cards = await ana.SayAsync("/match");
        Assert.Contains(cards, m => m.Buttons.SelectMany(r => r).Any(b => b.Label == "Connect with Lee"));
        Assert.DoesNotContain(cards, m => m.Buttons.SelectMany(r => r).Any(b => b.Label == "Connect with Sam"));
    }

    [Fact]
    public async Task Suspended_NeitherSendsNorIsMatched_AndIsToldPolitely()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        var ben = await MenteeAsync(_host, _platform, "mentee-2", "Ben");
        await ConnectAsync(ana, sam, "Sam");
        await SuspendAsync(_host, "Ana");
        var samBefore = sam.Received.Count;

        var said = await ana.SayAsync("Are you there?");
        var matched = await ana.SayAsync("/match");

        Assert.Equal(ConnectionCopy.English.Suspended, Assert.Single(said).Text);
        Assert.Equal(ConnectionCopy.English.Suspended, matched[^1].Text);
        Assert.Equal(samBefore, sam.Received.Count);
        Assert.Equal(0, await _host.QueryAsync(db => db.RelayedMessages.CountAsync()));

        await SuspendAsync(_host, "Sam");
        var cards = await ben.SayAsync("/match");
        Assert.Equal(MatchingCopy.English.NoneFits, cards[^1].Text);
    }
}

using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>A mentor with three mentees on a platform without topics: every message reaches the right person, in order.</summary>
public sealed class ConversationRoutingTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost _host = null!;
    private PipelinePerson _sam = null!;
    private PipelinePerson _ana = null!;
    private PipelinePerson _ben = null!;
    private PipelinePerson _cleo = null!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(_file, _platform);
        _sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        _ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        _ben = await MenteeAsync(_host, _platform, "mentee-2", "Ben");
        _cleo = await MenteeAsync(_host, _platform, "mentee-3", "Cleo");
        await ConnectAsync(_ana, _sam, "Sam");
        await ConnectAsync(_ben, _sam, "Sam");
        await ConnectAsync(_cleo, _sam, "Sam");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Typing_WithSeveralConversationsAndNoneChosen_AsksWhoItIsFor_AndSendsItThereOnceChosen()
    {
        var asked = await _sam.SayAsync("Good morning! How did you sleep?");

        Assert.Equal(ConnectionCopy.English.WhichConversation, Assert.Single(asked).Text);
        Assert.Equal(["Talk with Ana", "Talk with Ben", "Talk with Cleo"], asked[0].Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.All([_ana, _ben, _cleo], mentee => Assert.DoesNotContain(mentee.Received, m => m.Text.Contains("Good morning", StringComparison.Ordinal)));

        await _sam.PressAsync("Talk with Ben");

        Assert.Equal("Sam: Good morning! How did you sleep?", _ben.Last.Text);
        Assert.All([_ana, _cleo], mentee => Assert.DoesNotContain(mentee.Received, m => m.Text.Contains("Good morning", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Typing_TwiceAndAPhotoBeforeChoosing_AllGoInOrderToTheOneChosen()
    {
        await _sam.SayAsync("Good morning!");
        var asked = await _sam.DeliverAsync(new MediaInput("photo", "55", "My scar at two weeks"));
        await _sam.SayAsync("Did the drain come out?");

        await _sam.PressAsync("Talk with Cleo");

        Assert.Equal(ConnectionCopy.English.WhichConversation, Assert.Single(asked).Text);
        var received = _cleo.Received.TakeLast(3).ToList();
        Assert.Equal(["Sam: Good morning!", "Sam: My scar at two weeks", "Sam: Did the drain come out?"], received.Select(m => m.Text));
        Assert.Equal((OutboundKind.Copy, new MessageRef(_sam.UserId, "55"), null), (received[1].Kind, received[1].CopyOf, received[1].File));
        Assert.All([_ana, _ben], mentee => Assert.DoesNotContain(mentee.Received, m => m.Text.Contains("drain", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Switch_ThenType_EachMessageReachesTheChosenMenteeInOrder()
    {
        foreach (var (name, mentee) in new[] { ("Ana", _ana), ("Ben", _ben), ("Cleo", _cleo) })
        {
            await _sam.SayAsync("/switch");
            await _sam.PressAsync($"Talk with {name}");
            for (var i = 1; i <= 3; i++)
            {
                await _sam.SayAsync($"{name} #{i}");
            }
        }

        Assert.Equal(["Sam: Ana #1", "Sam: Ana #2", "Sam: Ana #3"], RelayedTo(_ana));
        Assert.Equal(["Sam: Ben #1", "Sam: Ben #2", "Sam: Ben #3"], RelayedTo(_ben));
        Assert.Equal(["Sam: Cleo #1", "Sam: Cleo #2", "Sam: Cleo #3"], RelayedTo(_cleo));
    }

    [Fact]
    public async Task MessageFromAnotherMentee_ComesWithAReplyButton_ThatSendsTheNextMessageBack()
    {
        await _sam.SayAsync("/switch");
        await _sam.PressAsync("Talk with Ana");

        await _cleo.SayAsync("Can I ask about the drains after surgery?");
        var fromCleo = _sam.Last;
        Assert.Equal("Cleo: Can I ask about the drains after surgery?", fromCleo.Text);
        Assert.Equal("Reply to Cleo", Assert.Single(fromCleo.Buttons.SelectMany(r => r)).Label);

        await _sam.PressAsync("Reply to Cleo");
        await _sam.SayAsync("Of course — mine came out after four days.");

        Assert.Equal("Sam: Of course — mine came out after four days.", _cleo.Last.Text);
        Assert.Empty(RelayedTo(_ana));
    }

    [Fact]
    public async Task MessageFromTheCurrentConversation_HasNoReplyButton()
    {
        await _sam.SayAsync("/switch");
        await _sam.PressAsync("Talk with Ana");

        await _ana.SayAsync("Thanks Sam!");

        Assert.Empty(_sam.Last.Buttons);
    }

    [Fact]
    public async Task Mentees_ListsEachConversationWithAButtonToTalk()
    {
        var listed = await _sam.SayAsync("/mentees");

        Assert.Equal(
            ["You're talking with Ana.", "You're talking with Ben.", "You're talking with Cleo."],
            listed.Select(m => m.Text));
    }

    [Fact]
    public async Task EveryPayloadToAMentee_NeverCarriesAnotherPersonsPlatformId()
    {
        await _sam.SayAsync("/switch");
        await _sam.PressAsync("Talk with Ana");
        await _sam.SayAsync("Hello Ana");
        await _ana.SayAsync("Hello Sam");

        var ids = new[] { _sam.UserId, _ana.UserId, _ben.UserId, _cleo.UserId };
        foreach (var delivery in _platform.Delivered)
        {
            var payload = delivery.Message.Text + string.Concat(delivery.Message.Buttons.SelectMany(r => r).Select(b => b.Label + b.Payload));
            Assert.DoesNotContain(ids.Where(id => id != delivery.Message.To.ChatId), id => payload.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Icebreaker_MenteeInTheirConversation_ThreeQuestionsForSamOnlyToThem()
    {
        var samHad = _sam.Received.Count;

        await _ana.SayAsync("/icebreaker");

        var lines = _ana.Last.Text.Split('\n');
        Assert.Equal("Three ways to begin with Sam:", lines[0]);
        Assert.Equal(3, lines.Skip(1).Distinct().Count());
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^• \p{Lu}.*\?$", line));
        Assert.Equal(samHad, _sam.Received.Count);
    }

    private static List<string> RelayedTo(PipelinePerson mentee) =>
        [.. mentee.Received.Where(m => m.Kind == OutboundKind.Text && m.Text.StartsWith("Sam: ", StringComparison.Ordinal)).Select(m => m.Text)];
}

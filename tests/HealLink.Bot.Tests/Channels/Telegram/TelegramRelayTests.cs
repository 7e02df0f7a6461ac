using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>
/// A mentor with three mentees on Telegram, with topics in private chats and without: every message reaches the
/// right person, in order; media goes by copyMessage; edits follow.
/// </summary>
public sealed class TelegramRelayTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private FakeTelegramServer _telegram = null!;
    private TelegramBotHost _bot = null!;
    private TelegramPerson _sam = null!;
    private TelegramPerson[] _mentees = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task WithTopics_EachConversationHasItsOwnTopicOnBothSides_AndEachMessageInATopicReachesItsMentee()
    {
        await StartAsync(topics: true);

        // Sam's chat has a topic per mentee, named after them; each mentee's chat has one named after Sam.
        var samTopics = _mentees.ToDictionary(m => m, m => _sam.Received.Single(r => r.Text.StartsWith($"You're now connected with {m.User.FirstName}.", StringComparison.Ordinal)).ThreadId!.Value);
        Assert.Equal(3, samTopics.Values.Distinct().Count());
        foreach (var round in Enumerable.Range(1, 3))
        {
            foreach (var mentee in _mentees.Reverse())
            {
                await _sam.SendAsync(() => _telegram.EnqueueText(_sam.User, $"to {mentee.User.FirstName} #{round}", samTopics[mentee]));
            }
        }

        foreach (var mentee in _mentees)
        {
            var theirTopic = mentee.Received.Single(r => r.Text.StartsWith("You're now connected with Sam.", StringComparison.Ordinal)).ThreadId;
            Assert.NotNull(theirTopic);
            var relayed = mentee.Received.Where(r => r.Text.StartsWith("Sam: ", StringComparison.Ordinal)).ToList();
            Assert.Equal([.. Enumerable.Range(1, 3).Select(i => $"Sam: to {mentee.User.FirstName} #{i}")], relayed.Select(r => r.Text));
            Assert.All(relayed, r => Assert.Equal(theirTopic, r.ThreadId));
        }

        var ben = _mentees[1];
        var benTopic = ben.Received.First(r => r.Text.StartsWith("Sam: ", StringComparison.Ordinal)).ThreadId!.Value;
        await ben.SendAsync(() => _telegram.EnqueueText(ben.User, "Thank you, Sam", benTopic));
        Assert.Equal(("Ben: Thank you, Sam", samTopics[ben]), (_sam.Last.Text, _sam.Last.ThreadId!.Value));
    }

    [Fact]
    public async Task WithoutTopics_AReplyToAMenteesMessageGoesToThatMentee_AndATypedMessageAsksWhoItIsFor()
    {
        await StartAsync(topics: false);
        var (ana, cleo) = (_mentees[0], _mentees[2]);
        await cleo.SayAsync("Can I ask about the drains?");
        var fromCleo = _sam.Last;
        await ana.SayAsync("Morning Sam!");

        await _sam.SendAsync(() => _telegram.EnqueueText(_sam.User, "Yes, ask away", replyToMessageId: fromCleo.MessageId));
        var asked = await _sam.SayAsync("Which of you said morning?");

        Assert.Equal("Sam: Yes, ask away", cleo.Last.Text);
        Assert.DoesNotContain(ana.Received, r => r.Text.Contains("ask away", StringComparison.Ordinal));
        Assert.StartsWith("You're talking with more than one person.", Assert.Single(asked).Text, StringComparison.Ordinal);
        await _sam.PressAsync("Talk with Ana");
        Assert.Equal("Sam: Which of you said morning?", ana.Last.Text);
        Assert.Null(ana.Last.ThreadId);
    }

    [Fact]
    public async Task PhotoAndVoiceNote_AreRelayedByCopy_LabelledWithTheSendersName_AndAnEditFollows()
    {
        await StartAsync(topics: false, mentees: 1);
        var ana = _mentees[0];

        await ana.SendAsync(() => _telegram.EnqueuePhoto(ana.User, "My scar at two weeks"));
        var photo = _sam.Last;
        await ana.SendAsync(() => _telegram.EnqueueVoice(ana.User));
        var voice = _sam.Last;
        await ana.SayAsync("I feel better tday");
        var typo = _telegram.ChatHistory(ana.User).Last(m => m.Text == "I feel better tday");
        await ana.SendAsync(() => _telegram.EnqueueEdit(ana.User, typo.MessageId, "I feel better today"));

        Assert.NotNull(photo.CopiedFrom);
        Assert.NotNull(photo.PhotoFileId);
        Assert.Equal("Ana: My scar at two weeks", photo.PlainText);
        Assert.NotNull(voice.CopiedFrom);
        Assert.NotNull(voice.VoiceFileId);
        Assert.Equal("Ana:", voice.PlainText);
        Assert.Equal("Ana edited a message: I feel better today", _sam.Last.Text);
        Assert.Empty(_telegram.CallsOf("forwardMessage"));
    }

    private async Task StartAsync(bool topics, int mentees = 3)
    {
        _telegram = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { TopicsEnabled = topics });
        _bot = await TelegramBotHost.StartAsync(_telegram, _database);
        _sam = new TelegramPerson(_telegram, _telegram.CreateUser("Sam")) { Bot = _bot };
        await _sam.RunAsync(Scripts.MentorByButtons);
        await _bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved', capacity = 5 WHERE role = 'Mentor'");
        _mentees = [.. new[] { "Ana", "Ben", "Cleo" }.Take(mentees).Select(name => new TelegramPerson(_telegram, _telegram.CreateUser(name)) { Bot = _bot })];
        foreach (var mentee in _mentees)
        {
            await mentee.RunAsync(Scripts.MenteeByButtons.Select(step => step is ChatStep.Say { Text: Scripts.MenteeName } ? new ChatStep.Say(mentee.User.FirstName) : step));
            await mentee.SayAsync("/match");
            await mentee.PressAsync("Choose for me");
            await mentee.PressAsync("Connect with Sam");
            await _sam.PressAsync("Accept");
        }
    }

    public void Dispose() => _database.Dispose();
}

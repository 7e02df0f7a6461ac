using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Conversations;

/// <summary>A crisis verdict reached before the turn (the semantic path) is an input the handler acts on, purely.</summary>
public sealed class CrisisVerdictTests
{
    // The phrase lists miss this; the semantic path is what would catch it.
    private const string Indirect = "nobody would care if i vanished";

    private static readonly CrisisMatch Semantic = new(SemanticCrisisDetector.Source, "Nobody would miss me if I died.") { Similarity = 0.74 };

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public void HandleTurn_AssessedCrisisTheListsMiss_AnswersWithResourcesAndFlagsWithoutKeepingTheAnswer()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        var outcome = _sut.HandleTurn(Context(chat), new TextInput(Indirect), Semantic);

        Assert.Equal([CrisisReply.Text, ConversationCopy.English.AfterCrisis], outcome.Replies.Take(2).Select(r => r.Text));
        Assert.Contains(new ConversationIntent.FlagCrisis(CrisisSource.Answer, Indirect), outcome.Intents);
        Assert.Null(chat.Profile.DisplayName);
        Assert.Equal(StepKeys.Name, chat.State.StepKey);
    }

    [Fact]
    public void HandleTurn_NoVerdictButACrisisPhrase_TheListsStillAnswer()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        var outcome = _sut.HandleTurn(Context(chat), new TextInput("I don't want to live anymore"), assessedCrisis: null);

        Assert.Equal(CrisisReply.Text, outcome.Replies[0].Text);
    }

    [Fact]
    public void HandleTurn_NoVerdictAndNoPhrase_IsAnOrdinaryAnswer()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        var outcome = _sut.HandleTurn(Context(chat), new TextInput(Indirect), assessedCrisis: null);

        Assert.DoesNotContain(outcome.Replies, r => r.Text == CrisisReply.Text);
    }

    private static ConversationContext Context(Chat chat) => new(chat.Person, chat.Profile, chat.State);
}

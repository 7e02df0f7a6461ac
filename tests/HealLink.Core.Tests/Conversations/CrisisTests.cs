using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Conversations;

public sealed class CrisisTests
{
    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Handle_CrisisPhraseInAnIntro_AnswersWithResourcesFirstThenKeepsTheStory()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        const string intro = "Waiting for a kidney has been so long that some nights I want to end my life. I need someone who understands.";

        var replies = chat.Send(intro);

        Assert.Equal(CrisisReply.Text, replies[0].Text);
        Assert.Equal(intro, chat.Profile.Intro);
        Assert.Equal(StepKeys.Summary, chat.State.StepKey);
        Assert.StartsWith("Here's what you've told us:", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_CrisisTypedAsTheProcedure_IsNotStoredAndTheQuestionWaits()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");

        var replies = chat.Send("I don't want to live anymore");

        Assert.Equal([CrisisReply.Text, ConversationCopy.English.AfterCrisis], replies.Take(2).Select(r => r.Text));
        Assert.Null(chat.Profile.ProcedureText);
        Assert.Equal(StepKeys.Procedure, chat.State.StepKey);

        chat.Send("kidney transplant");
        Assert.Equal("kidney transplant", chat.Profile.ProcedureText);
    }

    [Fact]
    public void Handle_CrisisPhraseInATooShortIntro_AnswersWithResourcesFirstThenAsksForMore()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);

        var replies = chat.Send("I want to die.");

        Assert.Equal(3, replies.Count);
        Assert.Equal(CrisisReply.Text, replies[0].Text);
        Assert.Contains("at least 80 characters", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(StepKeys.Intro, chat.State.StepKey);
        Assert.Null(chat.Profile.Intro);
    }

    [Fact]
    public void Handle_CrisisTypedAsTheName_IsNotStoredAndTheQuestionWaits()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        var replies = chat.Send("i just want it all to end");

        Assert.Equal([CrisisReply.Text, ConversationCopy.English.AfterCrisis], replies.Take(2).Select(r => r.Text));
        Assert.Null(chat.Profile.DisplayName);
        Assert.Equal(StepKeys.Name, chat.State.StepKey);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Handle_CrisisPhraseWhenIdleOrPaused_AnswersWithResourcesFirst(bool paused)
    {
        var chat = new Chat(_sut);
        if (paused)
        {
            chat.Run(Scripts.StartMentee);
            chat.Send("/cancel");
        }
        else
        {
            chat.Run(Scripts.MenteeByButtons);
        }

        var replies = chat.Send("I keep thinking about suicide");

        Assert.Equal(CrisisReply.Text, replies[0].Text);
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public void Handle_SurgeryFearThatIsNotACrisis_GetsNoCrisisReply()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);

        var replies = chat.Send("I'm dying to meet someone who has done this. I don't want to die on the table and I'm scared of the anaesthetic.");

        Assert.DoesNotContain(replies, r => r.Text == CrisisReply.Text);
    }
}

using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

/// <summary>/cancel pauses with every answer kept; /start picks up at the same question.</summary>
public sealed class PauseAndResumeTests
{
    private const string ProcedurePrompt = "What procedure are you facing";

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Handle_CancelMidOnboarding_PausesAndKeepsTheAnswers()
    {
        var chat = AtProcedure();

        var replies = chat.Send("/cancel");

        Assert.Equal(ConversationCopy.English.PausedNow, Assert.Single(replies).Text);
        Assert.Equal(ConversationMode.Paused, chat.State.Mode);
        Assert.Equal(StepKeys.Procedure, chat.State.StepKey);
        Assert.Equal("Maria", chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_CancelThenStart_ResumesAtTheSameQuestion()
    {
        var chat = AtProcedure();
        chat.Send("/cancel");

        var replies = chat.Send("/start");

        Assert.Equal(ConversationCopy.English.WelcomeBack, replies[0].Text);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(ConversationMode.Onboarding, chat.State.Mode);
        chat.Send("hip replacement");
        Assert.Equal("hip replacement", chat.Profile.ProcedureText);
        Assert.Equal(StepKeys.Stage, chat.State.StepKey);
    }

    [Fact]
    public void Handle_ContinueButtonWhilePaused_ResumesLikeStart()
    {
        var chat = AtProcedure();
        chat.Send("/cancel");
        chat.Send("hello");

        var replies = chat.Press("Continue");

        Assert.Equal(ConversationCopy.English.WelcomeBack, replies[0].Text);
        Assert.Equal(ConversationMode.Onboarding, chat.State.Mode);
    }

    [Fact]
    public void Handle_TextWhilePaused_SaysHowToContinueAndStoresNothing()
    {
        var chat = AtProcedure();
        chat.Send("/cancel");

        var replies = chat.Send("hip replacement");

        Assert.Equal("You've paused — send /start to continue.", Assert.Single(replies).Text);
        Assert.Null(chat.Profile.ProcedureText);
        Assert.Equal(ConversationMode.Paused, chat.State.Mode);
    }

    [Fact]
    public void Handle_OldButtonWhilePaused_SaysHowToContinue()
    {
        var chat = AtProcedure();
        chat.Send("/back");
        var nameBack = chat.ButtonLabelled("Back").Payload;
        chat.Send("/cancel");

        var replies = chat.PressPayload(nameBack);

        Assert.Equal(ConversationCopy.English.Paused, Assert.Single(replies).Text);
        Assert.Equal(StepKeys.Name, chat.State.StepKey);
    }

    [Fact]
    public void Handle_CancelWithNothingOpen_SaysThereIsNothingToCancel()
    {
        var chat = Finished();

        var replies = chat.Send("/cancel");

        Assert.Equal(ConversationCopy.English.NothingToCancel, Assert.Single(replies).Text);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
    }

    [Fact]
    public void Handle_ProfileWhenPaused_SaysItIsUnfinishedAndOffersStart()
    {
        var chat = AtProcedure();
        chat.Send("/cancel");

        var reply = Assert.Single(chat.Send("/profile"));

        Assert.StartsWith("Your profile isn't finished yet", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Name: Maria", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/start", reply.Text, StringComparison.Ordinal);
        Assert.Equal("a:start", Assert.Single(reply.AllButtons).Payload);
    }

    private Chat AtProcedure()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        return chat;
    }

    private Chat Finished()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);
        return chat;
    }
}

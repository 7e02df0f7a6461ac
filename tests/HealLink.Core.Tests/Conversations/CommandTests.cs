using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

public sealed class CommandTests
{
    private const string ProcedurePrompt = "What procedure are you facing";

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Handle_ProfileWhenFinished_ShowsTheSummary()
    {
        var chat = Finished();

        var replies = chat.Send("/profile");

        Assert.StartsWith("Here's your profile:", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Contains("Languages: English, Spanish", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ProfileMidOnboarding_SaysItIsUnfinishedAndAsksTheOpenQuestion()
    {
        var chat = AtProcedure();

        var replies = chat.Send("/profile");

        Assert.StartsWith("Your profile isn't finished yet", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/foo", "/foo")]
    [InlineData("/Delete now please", "/Delete")]
    [InlineData("/foo@HealLinkBot", "/foo")]
    public void Handle_UnknownCommand_NamesItListsTheCommandsAndAsksAgain(string typed, string shown)
    {
        var chat = AtProcedure();

        var replies = chat.Send(typed);

        Assert.Equal($"I don't know {shown} yet.\n{ConversationCopy.CommandList}", replies[0].Text);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
        Assert.Null(chat.Profile.ProcedureText);
    }

    [Theory]
    [InlineData("/help")]
    [InlineData("/HELP")]
    [InlineData("/help@HealLinkBot")]
    public void Handle_Help_ExplainsTheServiceAndAsksTheOpenQuestionAgain(string typed)
    {
        var chat = AtProcedure();

        var replies = chat.Send(typed);

        Assert.Equal(ConversationCopy.Help, replies[0].Text);
        Assert.Contains("local emergency number", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("/cancel", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_HelpFromSomeoneNew_ExplainsThenWelcomes()
    {
        var chat = new Chat(_sut);

        var replies = chat.Send("/help");

        Assert.Equal([ConversationCopy.Help, ConsentSteps.Welcome], replies.Take(2).Select(r => r.Text));
        Assert.Equal(StepKeys.Consent, chat.State.StepKey);
    }

    [Fact]
    public void Handle_FindMyMatchAsAFinishedMentee_SaysHonestlyItIsNotAvailableYet()
    {
        var chat = Finished();

        var replies = chat.Press("Find my match");

        Assert.Equal(ConversationCopy.MatchNotYet, Assert.Single(replies).Text);
        Assert.Equal(replies, chat.Send("/match"));
    }

    [Fact]
    public void Handle_MatchAsAMentor_ExplainsItIsForMentees()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorByButtons);

        var replies = chat.Send("/match");

        Assert.Equal(ConversationCopy.MatchIsForMentees, Assert.Single(replies).Text);
    }

    [Fact]
    public void Handle_MatchBeforeFinishing_ExplainsAndAsksTheOpenQuestion()
    {
        var chat = AtProcedure();

        var replies = chat.Send("/match");

        Assert.Equal(ConversationCopy.MatchAfterFinishing, replies[0].Text);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_StartWhenFinished_GreetsAndOffersTheNextStep()
    {
        var chat = Finished();

        var reply = Assert.Single(chat.Send("/start"));

        Assert.StartsWith("Hi Maria, good to see you again.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("a:match", Assert.Single(reply.AllButtons).Payload);
    }

    [Fact]
    public void Handle_TextWhenFinishedMentor_GreetsAndSaysTheProfileIsInReview()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorByButtons);

        var reply = Assert.Single(chat.Send("hello?"));

        Assert.Equal("Hi Sam, good to see you again.\n" + ConversationCopy.MentorPending, reply.Text);
    }

    [Fact]
    public void Handle_BackWhenFinished_SaysThereIsNoQuestion()
    {
        var chat = Finished();

        var replies = chat.Send("/back");

        Assert.Equal(ConversationCopy.NoQuestion, Assert.Single(replies).Text);
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

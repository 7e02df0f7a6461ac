using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

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
    public void Handle_IcebreakerWithoutAConversation_SaysThereIsNone()
    {
        var chat = Finished();

        var replies = chat.Send("/icebreaker");

        Assert.Equal(Core.Connections.ConnectionCopy.English.NoConversation, replies[0].Text);
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
    [InlineData("/Frobnicate now please", "/Frobnicate")]
    [InlineData("/foo@HealLinkBot", "/foo")]
    public void Handle_UnknownCommand_NamesItListsTheCommandsAndAsksAgain(string typed, string shown)
    {
        var chat = AtProcedure();

        var replies = chat.Send(typed);

        Assert.Equal($"I don't know {shown} yet.\n{ConversationCopy.English.CommandList}", replies[0].Text);
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

        Assert.Equal(ConversationCopy.English.Help, replies[0].Text);
        Assert.Contains("local emergency number", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("/cancel", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_HelpOrAnUnknownCommandFromAMentor_ListsNoMenteeCommands()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorByButtons);

        var help = chat.Send("/help")[0].Text;
        var unknown = chat.Send("/frob")[0].Text;

        Assert.Equal(ConversationCopy.English.MentorHelp, help);
        Assert.Equal($"I don't know /frob yet.\n{ConversationCopy.English.MentorCommandList}", unknown);
        Assert.All(new[] { help, unknown }, text =>
        {
            Assert.DoesNotContain("/match", text, StringComparison.Ordinal);
            Assert.DoesNotContain("/browse", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(null, "Review: waiting for a coordinator")]
    [InlineData(VettingStatus.Approved, "Review: approved")]
    [InlineData(VettingStatus.Suspended, "Review: your mentor profile is paused")]
    public void Handle_ProfileOfAFinishedMentor_ShowsWhereTheirReviewStands(VettingStatus? status, string expected)
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorByButtons);
        if (status is { } changed)
        {
            chat.Profile.VettingStatus = changed;
        }

        var shown = chat.Send("/profile")[0].Text;

        Assert.Contains(expected, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ProfileOfAFinishedMentee_SaysNothingOfAReview()
    {
        var chat = Finished();

        Assert.DoesNotContain("Review:", chat.Send("/profile")[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_HelpFromSomeoneNew_ExplainsThenWelcomes()
    {
        var chat = new Chat(_sut);

        var replies = chat.Send("/help");

        Assert.Equal([ConversationCopy.English.Help, OnboardingCopy.English.Welcome], replies.Take(2).Select(r => r.Text));
        Assert.Equal(StepKeys.Consent, chat.State.StepKey);
    }

    [Fact]
    public void HandleTurn_FindMyMatchAsAFinishedMentee_AsksThePipelineToMatch()
    {
        var chat = Finished();
        var button = chat.ButtonLabelled("Find my match");

        var pressed = _sut.HandleTurn(new ConversationContext(chat.Person, chat.Profile, chat.State), new ButtonPress(button.Payload));
        var typed = _sut.HandleTurn(new ConversationContext(chat.Person, chat.Profile, chat.State), new TextInput("/match"));

        Assert.Empty(pressed.Replies);
        Assert.Equal([new ConversationIntent.FindMatches(0)], pressed.Intents);
        Assert.Equal(pressed.Intents, typed.Intents);
    }

    [Theory]
    [InlineData("m:3", 3)]
    [InlineData("c:42", -42)]
    [InlineData("m:auto", -1)]
    public void HandleTurn_CardButtons_BecomeMatchingIntents(string payload, int expected)
    {
        var chat = Finished();

        var outcome = _sut.HandleTurn(new ConversationContext(chat.Person, chat.Profile, chat.State), new ButtonPress(payload));

        ConversationIntent intent = expected switch
        {
            -1 => new ConversationIntent.ChooseForMe(),
            < 0 => new ConversationIntent.ConnectTo(-expected),
            _ => new ConversationIntent.FindMatches(expected),
        };
        Assert.Equal([intent], outcome.Intents);
    }

    [Fact]
    public void HandleTurn_CardButtonBeforeFinishing_ExplainsAndAsksTheOpenQuestion()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        var outcome = _sut.HandleTurn(new ConversationContext(chat.Person, chat.Profile, chat.State), new ButtonPress("c:42"));

        Assert.Empty(outcome.Intents);
        Assert.Equal(ConversationCopy.English.MatchAfterFinishing, outcome.Replies[0].Text);
    }

    [Fact]
    public void Handle_MatchAsAMentor_ExplainsItIsForMentees()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorByButtons);

        var replies = chat.Send("/match");

        Assert.Equal(ConversationCopy.English.MatchIsForMentees, Assert.Single(replies).Text);
    }

    [Fact]
    public void Handle_MatchBeforeFinishing_ExplainsAndAsksTheOpenQuestion()
    {
        var chat = AtProcedure();

        var replies = chat.Send("/match");

        Assert.Equal(ConversationCopy.English.MatchAfterFinishing, replies[0].Text);
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

        Assert.Equal("Hi Sam, good to see you again.\n" + ConversationCopy.English.MentorPending, reply.Text);
    }

    [Fact]
    public void Handle_BackWhenFinished_SaysThereIsNoQuestion()
    {
        var chat = Finished();

        var replies = chat.Send("/back");

        Assert.Equal(ConversationCopy.English.NoQuestion, Assert.Single(replies).Text);
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

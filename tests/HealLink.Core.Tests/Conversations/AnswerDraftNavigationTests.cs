using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

/// <summary>A draft held while the person presses old or wrong buttons, moves back, pauses, or edits: nothing is lost.</summary>
public sealed class AnswerDraftNavigationTests
{
    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Handle_FirstPartFromAnEarlierOffer_IsStaleAndLosesNothing()
    {
        var chat = WithDraft(Drafts.LongStory("First. "));
        var earlier = chat.ButtonLabelled(DraftMessages.English.FirstPartLabel).Payload;
        chat.Send(Drafts.LongStory("Second. "));

        var replies = chat.PressPayload(earlier);

        Assert.Equal(ConversationCopy.English.StaleButton, replies[0].Text);
        Assert.Contains("It's 1,027 characters", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains(DraftMessages.English.FirstPartLabel, replies[1].AllButtons.Select(b => b.Label));
        Assert.Equal(Drafts.LongStory("Second. "), chat.State.DraftAnswer);
        Assert.Null(chat.Profile.Intro);
    }

    [Fact]
    public void Handle_WrongButtonOnTheOffer_SaysSoAndLosesNothing()
    {
        var chat = WithDraft(Drafts.LongStory());

        var replies = chat.PressPayload($"q:{chat.State.Version}:mentor");

        Assert.Equal(ConversationCopy.English.UnknownButton, replies[0].Text);
        Assert.Contains(DraftMessages.English.ShorterLabel, replies[1].AllButtons.Select(b => b.Label));
        Assert.Equal(Drafts.LongStory(), chat.State.DraftAnswer);
        Assert.Equal(StepKeys.Intro, chat.State.StepKey);
    }

    [Fact]
    public void Handle_FirstPartWithNoDraftHeld_IsAnUnknownButton()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);

        var replies = chat.PressPayload($"n:{chat.State.Version}:firstpart");

        Assert.Equal(ConversationCopy.English.UnknownButton, replies[0].Text);
        Assert.Null(chat.Profile.Intro);
    }

    [Fact]
    public void Handle_BackThenForward_AsksTheQuestionWithTheDraftOfferedAgain()
    {
        var chat = WithDraft(Drafts.LongStory());

        chat.Send("/back");
        var replies = chat.Press("Skip");

        Assert.StartsWith("Now the most important part.", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("I can keep the first part (934 characters)", replies[^1].Text, StringComparison.Ordinal);
        chat.Press(DraftMessages.English.FirstPartLabel);
        Assert.Equal(Drafts.FirstPartOfLongStory, chat.Profile.Intro);
    }

    [Fact]
    public void Handle_PauseAndStart_OffersTheDraftAgain()
    {
        var chat = WithDraft(Drafts.LongStory());

        chat.Send("/cancel");
        var replies = chat.Send("/start");

        Assert.Equal(ConversationCopy.English.WelcomeBack, replies[0].Text);
        Assert.Contains("It's 1,019 characters", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(Drafts.LongStory(), chat.State.DraftAnswer);
    }

    [Fact]
    public void Handle_EditTheStoryPastTheLimitThenKeepTheFirstPart_SavesItAndShowsTheProfile()
    {
        var chat = EditingTheStory();

        var offer = Assert.Single(chat.Send(Drafts.LongStory()));
        var saved = Assert.Single(chat.Press(DraftMessages.English.FirstPartLabel));

        Assert.Contains("Keep as is", offer.AllButtons.Select(b => b.Label));
        Assert.StartsWith("Saved. Here's your profile now:", saved.Text, StringComparison.Ordinal);
        Assert.Equal(Drafts.FirstPartOfLongStory, chat.Profile.Intro);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
        Assert.Null(chat.State.DraftAnswer);
    }

    [Fact]
    public void Handle_EditTheStoryPastTheLimitThenKeepAsIs_ChangesNothingAndDropsTheDraft()
    {
        var chat = EditingTheStory();
        chat.Send(Drafts.LongStory());

        chat.Press("Keep as is");

        Assert.Equal(Scripts.MenteeIntro, chat.Profile.Intro);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
        Assert.Null(chat.State.DraftAnswer);
    }

    /// <summary>A finished mentee's profile, with "Your story" chosen from /edit.</summary>
    private Chat EditingTheStory()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);
        chat.Send("/edit");
        chat.Press("Your story");
        return chat;
    }

    private Chat WithDraft(string story)
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        chat.Send(story);
        Assert.Equal(story, chat.State.DraftAnswer);
        return chat;
    }
}

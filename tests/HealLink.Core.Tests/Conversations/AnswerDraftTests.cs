using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

/// <summary>An answer past its limit is kept as a draft: its first part, or a shorter one, and nothing is lost.</summary>
public sealed class AnswerDraftTests
{
    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Handle_OverLongIntro_KeepsItAsADraftAndOffersBothWays()
    {
        var chat = AtIntro();
        var story = Drafts.LongStory();

        var offer = Assert.Single(chat.Send(story));

        Assert.StartsWith("Thank you for writing all of that. It's 1,019 characters and this answer fits up to 1,000", offer.Text, StringComparison.Ordinal);
        Assert.Contains("I can keep the first part (934 characters), ending at \"…", offer.Text, StringComparison.Ordinal);
        Assert.Contains(DraftMessages.English.FirstPartLabel, offer.AllButtons.Select(b => b.Label));
        Assert.Contains(DraftMessages.English.ShorterLabel, offer.AllButtons.Select(b => b.Label));
        Assert.Equal((StepKeys.Intro, story), (chat.State.DraftStepKey, chat.State.DraftAnswer));
        Assert.Equal(StepKeys.Intro, chat.State.StepKey);
        Assert.Null(chat.Profile.Intro);
    }

    [Fact]
    public void Handle_KeepTheFirstPart_SavesTheStoryCutAfterTheLastSentenceThatFitsAndMovesOn()
    {
        var chat = AtIntro();
        chat.Send(Drafts.LongStory());

        var replies = chat.Press(DraftMessages.English.FirstPartLabel);

        Assert.Equal(Drafts.FirstPartOfLongStory, chat.Profile.Intro);
        Assert.True(FreeText.Length(chat.Profile.Intro!) <= LifeSteps.IntroMaxLength);
        Assert.Equal(StepKeys.Summary, chat.State.StepKey);
        Assert.Contains("Looks good", replies[^1].AllButtons.Select(b => b.Label));
        Assert.Null(chat.State.DraftAnswer);
        Assert.Null(chat.State.DraftStepKey);
    }

    [Fact]
    public void Handle_TypedKeepTheFirstPart_WorksLikeTheButton()
    {
        var chat = AtIntro();
        chat.Send(Drafts.LongStory());

        chat.Send("keep the first part");

        Assert.Equal(Drafts.FirstPartOfLongStory, chat.Profile.Intro);
    }

    [Fact]
    public void Handle_SendAShorterOne_TheNextTextAnswersTheSameQuestionAndTheDraftGoes()
    {
        var chat = AtIntro();
        chat.Send(Drafts.LongStory());

        var promise = Assert.Single(chat.Press(DraftMessages.English.ShorterLabel));
        Assert.Equal(DraftMessages.English.SendShorter(LifeSteps.IntroMaxLength), promise.Text);
        Assert.NotNull(chat.State.DraftAnswer);
        chat.Send(Scripts.MenteeIntro);

        Assert.Equal(Scripts.MenteeIntro, chat.Profile.Intro);
        Assert.Equal(StepKeys.Summary, chat.State.StepKey);
        Assert.Null(chat.State.DraftAnswer);
    }

    [Fact]
    public void Handle_AnotherOverLongAnswer_ReplacesTheDraft()
    {
        var chat = AtIntro();
        chat.Send(Drafts.LongStory("First. "));

        chat.Send(Drafts.LongStory("Second. "));

        Assert.Equal(Drafts.LongStory("Second. "), chat.State.DraftAnswer);
        Assert.Null(chat.Profile.Intro);
    }

    [Fact]
    public void Handle_TenKilobytesOfEmojiAsIntro_IsKeptAndItsFirstPartIsTheFirstThousand()
    {
        var chat = AtIntro();

        var offer = Assert.Single(chat.Send(string.Concat(Enumerable.Repeat("😀", 2560))));
        chat.Press(DraftMessages.English.FirstPartLabel);

        Assert.Contains("It's 2,560 characters", offer.Text, StringComparison.Ordinal);
        Assert.Equal(string.Concat(Enumerable.Repeat("😀", LifeSteps.IntroMaxLength)), chat.Profile.Intro);
    }

    [Fact]
    public void Handle_MoreThanAnyPlatformSendsAtOnce_KeepsTheFirst4096Characters()
    {
        var chat = AtIntro();

        chat.Send(new string('x', 5000));

        Assert.Equal(new string('x', 4096), chat.State.DraftAnswer);
    }

    [Theory]
    [InlineData(StepKeys.Procedure, 120)]
    [InlineData(StepKeys.Hospital, 120)]
    [InlineData(StepKeys.Availability, 200)]
    public void Handle_OtherAnswerOverItsLimit_IsKeptAndItsFirstPartEndsAtAWord(string stepKey, int limit)
    {
        var chat = At(stepKey);
        var answer = string.Join(' ', Enumerable.Repeat("kidney", limit / 6 + 2));

        var offer = Assert.Single(chat.Send(answer));
        chat.Press(DraftMessages.English.FirstPartLabel);

        Assert.Contains($"this answer fits up to {limit}", offer.Text, StringComparison.Ordinal);
        var kept = stepKey switch
        {
            StepKeys.Procedure => chat.Profile.ProcedureText,
            StepKeys.Hospital => chat.Profile.Hospital,
            _ => chat.Profile.Availability,
        };
        Assert.NotNull(kept);
        Assert.True(kept.Length <= limit && kept.EndsWith("kidney", StringComparison.Ordinal), kept);
        Assert.StartsWith(kept, answer, StringComparison.Ordinal);
        Assert.NotEqual(stepKey, chat.State.StepKey);
    }

    [Fact]
    public void Handle_FirstPartWithContactDetails_IsRefusedAndTheDraftKept()
    {
        var chat = At(StepKeys.Hospital);
        var answer = "St Mary's, ring maria@example.com " + new string('x', 30) + string.Concat(Enumerable.Repeat(" ward", 20));
        chat.Send(answer);

        var replies = chat.Press(DraftMessages.English.FirstPartLabel);

        Assert.Equal(AnswerMessages.English.NoContactDetails, replies[0].Text);
        Assert.Null(chat.Profile.Hospital);
        Assert.Equal(answer, chat.State.DraftAnswer);
    }

    [Fact]
    public void Handle_SkipWhileADraftIsHeld_DropsTheDraft()
    {
        var chat = At(StepKeys.Hospital);
        chat.Send(string.Join(' ', Enumerable.Repeat("hospital", 20)));

        chat.Press("Skip");

        Assert.Null(chat.Profile.Hospital);
        Assert.Null(chat.State.DraftAnswer);
        Assert.Equal(StepKeys.Interests, chat.State.StepKey);
    }

    [Fact]
    public void Handle_OverLongName_IsRefusedWithoutADraft()
    {
        var chat = At(StepKeys.Name);

        var replies = chat.Send(new string('M', 41));

        Assert.Equal(AnswerMessages.English.TooLong(40, 41), replies[0].Text);
        Assert.Null(chat.State.DraftAnswer);
    }

    private Chat AtIntro() => At(StepKeys.Intro);

    private Chat At(string stepKey)
    {
        var chat = new Chat(_sut);
        switch (stepKey)
        {
            case StepKeys.Name:
                chat.Run(Scripts.StartMentee);
                break;
            case StepKeys.Procedure:
                chat.Run(Scripts.StartMentee);
                chat.Send(Scripts.MenteeName);
                break;
            case StepKeys.Hospital:
                chat.Run(Scripts.MenteeToIntro);
                chat.Send("/back");
                chat.Send("/back");
                break;
            case StepKeys.Availability:
                chat.Run(Scripts.MentorToHelpTopics);
                chat.Send("1");
                chat.Send("3");
                break;
            default:
                chat.Run(Scripts.MenteeToIntro);
                break;
        }

        Assert.Equal(stepKey, chat.State.StepKey);
        return chat;
    }
}

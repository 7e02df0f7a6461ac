using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>Back, Skip, Keep as is, ticks and Done.</summary>
public sealed class NavigationTests
{
    private readonly ConversationHandler _sut = new(new FixedTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Handle_BackButton_AsksThePreviousQuestionWithItsAnswer()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");

        var reply = Assert.Single(chat.Press("Back"));

        Assert.Equal(StepKeys.Name, chat.State.StepKey);
        Assert.Contains("(Right now: Maria)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Keep as is", reply.AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void Handle_BackCommandOnTheFirstRoleQuestion_ReturnsToTheRoleQuestion()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        chat.Send("/back");

        Assert.Equal(StepKeys.Role, chat.State.StepKey);
    }

    [Fact]
    public void Handle_TypedBack_WorksLikeTheButton()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");

        chat.Send("back");

        Assert.Equal(StepKeys.Name, chat.State.StepKey);
        Assert.Equal("Maria", chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_BackOnConsent_SaysThereIsNothingBefore()
    {
        var chat = new Chat(_sut);
        chat.Send("/start");

        var replies = chat.Send("/back");

        Assert.Equal(ConversationCopy.English.FirstQuestion, replies[0].Text);
        Assert.Equal(StepKeys.Consent, chat.State.StepKey);
    }

    [Fact]
    public void Handle_KeepAsIs_MovesOnWithoutChangingTheAnswer()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        chat.Press("Back");

        chat.Press("Keep as is");

        Assert.Equal(StepKeys.Procedure, chat.State.StepKey);
        Assert.Equal("Maria", chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_SkipOnGender_LeavesItEmptyAndMovesOn()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Press("In hospital now");
        chat.Press("18–29");

        chat.Press("Skip");

        Assert.Null(chat.Profile.Gender);
        Assert.Equal(StepKeys.GenderPreference, chat.State.StepKey);
    }

    [Fact]
    public void Handle_ChangingRoleAfterGoingBack_ForgetsTheOtherRolesAnswers()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorToHelpTopics);
        chat.Press("Anxiety and mood");
        chat.Press("Done");
        chat.Press("5");
        for (var i = 0; i < 12; i++)
        {
            chat.Send("/back");
        }

        Assert.Equal(StepKeys.Role, chat.State.StepKey);
        chat.Press(Scripts.MenteeLabel);

        Assert.Equal(Role.Mentee, chat.Profile.Role);
        Assert.Empty(chat.Profile.HelpTopics);
        Assert.Equal(Profile.DefaultCapacity, chat.Profile.Capacity);
        Assert.Null(chat.Profile.Stage);
        Assert.Equal("Sam", chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_TwoTicksOnTheSameKeyboard_BothCount()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        chat.Send("/back");
        var outdoors = chat.ButtonLabelled("Outdoors").Payload;
        var travel = chat.ButtonLabelled("Travel").Payload;

        chat.PressPayload(outdoors);
        var replies = chat.PressPayload(travel);

        Assert.Equal(["outdoors", "travel"], chat.State.PendingSelection);
        Assert.StartsWith("So far: Outdoors, Travel.", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Contains("✓ Travel", replies[0].AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void Handle_TickPressedTwice_IsUnticked()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorToHelpTopics);

        chat.Press("Diet and eating");
        chat.Press("Diet and eating");

        Assert.Empty(chat.State.PendingSelection);
        Assert.Empty(chat.Profile.HelpTopics);
    }

    [Fact]
    public void Handle_DoneWithNothingTicked_AsksForAtLeastOne()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorToHelpTopics);

        var replies = chat.Press("Done");

        Assert.Equal("Please choose at least one topic, then tap Done.", replies[0].Text);
        Assert.Equal(StepKeys.HelpTopics, chat.State.StepKey);
    }
}

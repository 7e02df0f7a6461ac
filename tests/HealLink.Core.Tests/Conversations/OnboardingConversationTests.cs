using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>Whole onboardings, start to finish, by buttons and by typing.</summary>
public sealed class OnboardingConversationTests
{
    private static readonly DateTimeOffset _now = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(_now));

    [Theory]
    [InlineData("/start")]
    [InlineData("hi")]
    public void Handle_BrandNewPersonSendsAnything_WelcomesAndAsksForConsent(string text)
    {
        var chat = new Chat(_sut);

        var replies = chat.Send(text);

        Assert.Equal(2, replies.Count);
        Assert.Equal(OnboardingCopy.English.Welcome, replies[0].Text);
        Assert.Contains("18+", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(["I agree", "Not now"], replies[1].AllButtons.Select(b => b.Label));
        Assert.Equal(StepKeys.Consent, chat.State.StepKey);
        Assert.Equal(1, chat.State.Version);
        Assert.Equal(_now, chat.State.UpdatedAt);
    }

    [Theory]
    [InlineData("q:0:agree")]
    [InlineData("a:match")]
    [InlineData("garbage")]
    public void Handle_BrandNewPersonPressesAButton_WelcomesAndAsksForConsent(string payload)
    {
        var chat = new Chat(_sut);

        var replies = chat.PressPayload(payload);

        Assert.Equal(OnboardingCopy.English.Welcome, replies[^2].Text);
        Assert.Equal(StepKeys.Consent, chat.State.StepKey);
        Assert.Null(chat.Profile.ConsentedAt);
    }

    [Fact]
    public void Handle_MenteeAnswersEverythingByButtons_CompletesTheProfile()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.MenteeByButtons);

        var profile = chat.Profile;
        Assert.Equal(_now, profile.ConsentedAt);
        Assert.Equal(Role.Mentee, profile.Role);
        Assert.Equal("Maria", profile.DisplayName);
        Assert.Equal("kidney transplant", profile.ProcedureText);
        Assert.Equal("Kidney transplant", profile.ProcedureDisplay);
        Assert.Equal(Stage.Preparing, profile.Stage);
        Assert.Equal(AgeRange.From30To44, profile.AgeRange);
        Assert.Equal(Gender.Woman, profile.Gender);
        Assert.Null(profile.GenderPreference);
        Assert.Equal(["English", "Spanish"], profile.Languages);
        Assert.Null(profile.Hospital);
        Assert.Equal(["Cooking"], profile.Interests);
        Assert.Equal(Scripts.MenteeIntro, profile.Intro);
        Assert.Empty(profile.HelpTopics);
        Assert.Null(profile.VettingStatus);
        Assert.Equal(_now, profile.CompletedAt);
        Assert.Equal(_now, profile.UpdatedAt);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
        Assert.Null(chat.State.StepKey);
        Assert.Empty(chat.State.PendingSelection);
        Assert.Equal(new Button("Find my match", "a:match"), Assert.Single(chat.Last.AllButtons));
    }

    [Fact]
    public void Handle_MentorAnswersEverythingByButtons_CompletesTheProfileAndAwaitsReview()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.MentorByButtons);

        var profile = chat.Profile;
        Assert.Equal(Role.Mentor, profile.Role);
        Assert.Equal("Sam", profile.DisplayName);
        Assert.Equal(Stage.MoreThanThreeYearsAgo, profile.Stage);
        Assert.Equal(AgeRange.From45To59, profile.AgeRange);
        Assert.Equal(Gender.Man, profile.Gender);
        Assert.Equal(["English"], profile.Languages);
        Assert.Equal("St Mary's Hospital", profile.Hospital);
        Assert.Empty(profile.Interests);
        Assert.Equal(Scripts.MentorIntro, profile.Intro);
        Assert.Equal(["waiting", "work"], profile.HelpTopics);
        Assert.Equal(2, profile.Capacity);
        Assert.Equal("Weekday evenings", profile.Availability);
        Assert.Equal(VettingStatus.Pending, profile.VettingStatus);
        Assert.Equal(_now, profile.CompletedAt);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
        Assert.Equal(OnboardingCopy.English.MentorFinished, chat.Last.Text);
    }

    [Fact]
    public void Handle_MenteeTypesNumbersAndLabels_CompletesTheSameProfile()
    {
        var chat = new Chat(_sut);

        chat.Send("hello");
        chat.Send("1");
        chat.Send("1");
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Send("preparing for it");
        chat.Send("2");
        chat.Send("WOMAN");
        chat.Send("no preference");
        chat.Send("english and spanish");
        chat.Send("skip");
        chat.Send("2, cooking");
        chat.Send(Scripts.MenteeIntro);
        chat.Send("looks good");

        var profile = chat.Profile;
        Assert.Equal(Role.Mentee, profile.Role);
        Assert.Equal(Stage.Preparing, profile.Stage);
        Assert.Equal(AgeRange.From30To44, profile.AgeRange);
        Assert.Equal(Gender.Woman, profile.Gender);
        Assert.Null(profile.GenderPreference);
        Assert.Equal(["English", "Spanish"], profile.Languages);
        Assert.Equal(["Cooking"], profile.Interests);
        Assert.Equal(_now, profile.CompletedAt);
    }

    [Fact]
    public void Handle_MentorTypesNumbersAndLabels_CompletesTheProfile()
    {
        var chat = new Chat(_sut);

        chat.Send("/start");
        chat.Send("I agree");
        chat.Send("3");
        chat.Send("Sam");
        chat.Send("hip replacement");
        chat.Send("2");
        chat.Send("60-74");
        chat.Send("4");
        chat.Send("English, Tagalog");
        chat.Send("Royal Infirmary");
        chat.Send("music and sport, bird-watching");
        chat.Send(Scripts.MentorIntro);
        chat.Send("1, 7");
        chat.Send("4");
        chat.Send("skip");
        chat.Send("1");

        var profile = chat.Profile;
        Assert.Equal(Role.Mentor, profile.Role);
        Assert.Equal(Stage.OneToThreeYearsAgo, profile.Stage);
        Assert.Equal(AgeRange.From60To74, profile.AgeRange);
        Assert.Equal(Gender.PreferNotToSay, profile.Gender);
        Assert.Equal(["English", "Tagalog"], profile.Languages);
        Assert.Equal("Royal Infirmary", profile.Hospital);
        Assert.Equal(["Sport", "Music", "Bird-watching"], profile.Interests);
        Assert.Equal(["waiting", "work"], profile.HelpTopics);
        Assert.Equal(4, profile.Capacity);
        Assert.Null(profile.Availability);
        Assert.Equal(VettingStatus.Pending, profile.VettingStatus);
    }

    [Fact]
    public void Handle_MentorSkipsCapacity_KeepsTheDefaultOfThree()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorToHelpTopics);
        chat.Press("Anxiety and mood");
        chat.Press("Done");

        chat.Press("Skip");

        Assert.Equal(Profile.DefaultCapacity, chat.Profile.Capacity);
        Assert.Equal(StepKeys.Availability, chat.State.StepKey);
    }

    [Fact]
    public void Handle_SummaryBeforeConfirming_ShowsEveryAnswer()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);

        chat.Send(Scripts.MenteeIntro);

        Assert.Equal(StepKeys.Summary, chat.State.StepKey);
        Assert.Contains("Name: Maria", chat.Last.Text, StringComparison.Ordinal);
        Assert.Contains("Procedure: Kidney transplant", chat.Last.Text, StringComparison.Ordinal);
        Assert.Contains("Mentor's gender: No preference", chat.Last.Text, StringComparison.Ordinal);
        Assert.Contains("Hospital or clinic: —", chat.Last.Text, StringComparison.Ordinal);
        Assert.Contains(Scripts.MenteeIntro, chat.Last.Text, StringComparison.Ordinal);
        Assert.Equal(["Looks good", "Edit something", "Back"], chat.LastLabels);
    }

    [Fact]
    public void Handle_NotNowAfterGoingBack_SaysGoodbyeAndKeepsNothing()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        chat.Send("/back");
        chat.Send("/back");
        chat.Send("/back");

        var replies = chat.Press("Not now");

        Assert.Equal(OnboardingCopy.English.Declined, Assert.Single(replies).Text);
        Assert.Null(chat.Profile.ConsentedAt);
        Assert.Null(chat.Profile.Role);
        Assert.Null(chat.Profile.DisplayName);
        Assert.Equal(ConversationMode.Onboarding, chat.State.Mode);
        Assert.Null(chat.State.StepKey);
    }

    [Fact]
    public void Handle_StartAfterNotNow_BeginsAgain()
    {
        var chat = new Chat(_sut);
        chat.Send("/start");
        chat.Press("Not now");

        var replies = chat.Send("/start");

        Assert.Equal(OnboardingCopy.English.Welcome, replies[0].Text);
        Assert.Equal(StepKeys.Consent, chat.State.StepKey);
    }

    [Fact]
    public void Handle_EveryQuestionAsked_BumpsTheVersionStampedInItsButtons()
    {
        var chat = new Chat(_sut);
        chat.Send("/start");
        var consentVersion = chat.State.Version;

        chat.Press("I agree");

        Assert.Equal(consentVersion + 1, chat.State.Version);
        Assert.All(chat.Last.AllButtons, b => Assert.StartsWith($"{(b.Payload[0] == 'q' ? "q" : "n")}:{chat.State.Version}:", b.Payload, StringComparison.Ordinal));
    }
}

using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>Onboarding as someone who supports (or supported) another person through a procedure.</summary>
public sealed class CaregiverOnboardingTests
{
    private static readonly DateTimeOffset _now = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(_now));

    [Fact]
    public void Handle_RoleQuestion_OffersBothSidesOfTheProcedureForBothRoles()
    {
        var chat = new Chat(_sut);
        chat.Send("/start");

        chat.Press("I agree");

        Assert.Equal(
            [Scripts.MenteeLabel, Scripts.CaregiverLabel, Scripts.MentorLabel, Scripts.CaregiverMentorLabel],
            chat.Last.AllButtons.Where(b => b.Label != "Back").Select(b => b.Label));
    }

    [Fact]
    public void Handle_CaregiverMenteeAnswersEverything_CompletesACaregiverMenteeProfile()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.CaregiverByButtons);

        Assert.Equal((Role.Mentee, RoleKind.Caregiver), (chat.Profile.Role!.Value, chat.Profile.RoleKind));
        Assert.Equal("kidney transplant", chat.Profile.ProcedureText);
        Assert.Equal(Stage.Preparing, chat.Profile.Stage);
        Assert.Equal(_now, chat.Profile.CompletedAt);
        Assert.Equal(new Messaging.Button("Find my match", "a:match"), Assert.Single(chat.Last.AllButtons));
    }

    [Fact]
    public void Handle_CaregiverMentorAnswersEverything_CompletesACaregiverMentorProfileAwaitingReview()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.CaregiverMentorByButtons);

        Assert.Equal((Role.Mentor, RoleKind.Caregiver), (chat.Profile.Role!.Value, chat.Profile.RoleKind));
        Assert.Equal(VettingStatus.Pending, chat.Profile.VettingStatus);
        Assert.Equal(OnboardingCopy.English.MentorFinished, chat.Last.Text);
    }

    [Fact]
    public void Handle_CaregiverMentee_IsAskedAboutThePersonTheySupport()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.CaregiverByButtons.Take(6));

        var asked = string.Join("\n", chat.Transcript.Select(r => r.Text));
        Assert.Contains("What procedure is the person you support facing or recovering from?", asked, StringComparison.Ordinal);
        Assert.Contains("Where is the person you support right now?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("What procedure are you facing", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Where are you right now?", asked, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_CaregiverMentor_IsAskedAboutThePersonTheySupported()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.CaregiverMentorByButtons.TakeWhile(s => s != new ChatStep.Press("Waiting for a transplant or surgery")));

        var asked = string.Join("\n", chat.Transcript.Select(r => r.Text));
        Assert.Contains("What procedure did the person you supported go through?", asked, StringComparison.Ordinal);
        Assert.Contains("How long ago did the person you supported have their procedure?", asked, StringComparison.Ordinal);
        Assert.Contains("Which hospital or clinic looked after the person you supported?", asked, StringComparison.Ordinal);
        Assert.Contains("what was it like to support them", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("What procedure did you go through?", asked, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_CaregiverMentorSummary_SaysWhichSideTheyHelpFrom()
    {
        var chat = new Chat(_sut);

        chat.Run(Scripts.CaregiverMentorByButtons.SkipLast(1));

        Assert.Contains("Here to: Help as a caregiver mentor", chat.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_CaregiverGoesBackAndChoosesToFaceItThemselves_IsAskedAsAPatient()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.CaregiverByButtons.Take(3));

        chat.Press("Back");
        chat.Press(Scripts.MenteeLabel);
        chat.Send("Maria");

        Assert.Equal(RoleKind.Patient, chat.Profile.RoleKind);
        Assert.StartsWith("What procedure are you facing or recovering from?", chat.Last.Text, StringComparison.Ordinal);
    }
}

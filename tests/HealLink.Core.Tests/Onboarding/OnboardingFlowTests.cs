using System.Text;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Onboarding;

public sealed class OnboardingFlowTests
{
    private readonly OnboardingFlow _sut = new();

    public static TheoryData<Role> Roles => [Role.Mentee, Role.Mentor];

    [Theory]
    [MemberData(nameof(Roles))]
    public void Sequence_StepKeys_AreUniqueAndFitTheStateColumn(Role role)
    {
        var keys = _sut.Sequence(role).Select(s => s.Key).Append(StepKeys.EditMenu).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, key => Assert.InRange(key.Length, 1, 32));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Render_EveryButtonAtTheLargestVersion_FitsThePayloadLimit(Role role)
    {
        var profile = FilledProfile(role);
        var steps = _sut.Sequence(role).Append(_sut.EditMenu(role));

        var buttons = steps.SelectMany(step =>
            QuestionRenderer.Render(step, profile, [.. step.Options.Select(o => o.Key)], int.MaxValue, showCurrent: true).AllButtons);

        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Payload), 1, Button.MaxPayloadBytes));
    }

    [Fact]
    public void Sequence_EveryStepAfterConsent_OffersBack()
    {
        var steps = _sut.Sequence(Role.Mentee).Concat(_sut.Sequence(Role.Mentor)).Where(s => s.Key != StepKeys.Consent);

        Assert.All(steps, step => Assert.Contains(Navigation.Back, step.NavigationFor(new Profile())));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Previous_FirstStepOfTheRoleTable_IsTheRoleQuestion(Role role)
    {
        var first = _sut.TableFor(role)[0];

        Assert.Equal(StepKeys.Role, _sut.Previous(role, first.Key)?.Key);
    }

    [Fact]
    public void Next_RoleNotChosenYet_StopsAfterTheRoleQuestion()
    {
        Assert.Null(_sut.Next(null, StepKeys.Role));
    }

    [Fact]
    public void EditMenu_Mentee_OffersEveryAnswerButConsentAndRole()
    {
        var offered = _sut.EditMenu(Role.Mentee).Options.Select(o => o.Key);

        Assert.Equal(
            [
                StepKeys.Name, StepKeys.Procedure, StepKeys.Stage, StepKeys.AgeRange, StepKeys.Gender,
                StepKeys.GenderPreference, StepKeys.Languages, StepKeys.Hospital, StepKeys.Interests, StepKeys.Intro,
            ],
            offered);
    }

    [Fact]
    public void EditMenu_Mentor_IncludesTheMentorOnlyAnswers()
    {
        var offered = _sut.EditMenu(Role.Mentor).Options.Select(o => o.Key).ToList();

        Assert.Contains(StepKeys.HelpTopics, offered);
        Assert.Contains(StepKeys.Capacity, offered);
        Assert.Contains(StepKeys.Availability, offered);
        Assert.DoesNotContain(StepKeys.GenderPreference, offered);
    }

    [Fact]
    public void MentorTable_HasNoGenderPreferenceAndMenteeTableHasNoMentorSteps()
    {
        Assert.DoesNotContain(_sut.Mentor, s => s.Key == StepKeys.GenderPreference);
        Assert.DoesNotContain(_sut.Mentee, s => s.Key is StepKeys.HelpTopics or StepKeys.Capacity or StepKeys.Availability);
    }

    private static Profile FilledProfile(Role role) => new()
    {
        Role = role,
        DisplayName = "Maria",
        ProcedureText = "kidney transplant",
        ProcedureDisplay = "Kidney transplant",
        Languages = ["English"],
        Interests = ["Cooking"],
        HelpTopics = ["work"],
        Hospital = "St Mary's",
        Intro = new string('a', 200),
        Availability = "Evenings",
    };
}

using System.Collections.Immutable;
using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// The onboarding as data: everyone answers <see cref="Common"/> (consent, role), then the table for their role,
/// in order. Back goes to the previous step of the same sequence. README.md beside this file draws the same
/// tables; a test fails when the two drift apart.
/// </summary>
internal sealed class OnboardingFlow
{
    private readonly ChoiceStep _menteeEditMenu;
    private readonly ChoiceStep _mentorEditMenu;

    public OnboardingFlow()
    {
        Common = [ConsentSteps.Consent(), ConsentSteps.ChooseRole()];
        Mentee =
        [
            AboutYouSteps.Name(),
            AboutYouSteps.Procedure(Role.Mentee),
            AboutYouSteps.MenteeStage(),
            AboutYouSteps.AgeRange(),
            AboutYouSteps.Gender(),
            AboutYouSteps.GenderPreference(),
            LifeSteps.Languages(),
            LifeSteps.Hospital(Role.Mentee),
            LifeSteps.Interests(),
            LifeSteps.Intro(Role.Mentee),
            SummarySteps.Summary(Summarise),
        ];
        Mentor =
        [
            AboutYouSteps.Name(),
            AboutYouSteps.Procedure(Role.Mentor),
            AboutYouSteps.MentorStage(),
            AboutYouSteps.AgeRange(),
            AboutYouSteps.Gender(),
            LifeSteps.Languages(),
            LifeSteps.Hospital(Role.Mentor),
            LifeSteps.Interests(),
            LifeSteps.Intro(Role.Mentor),
            MentorSteps.HelpTopics(),
            MentorSteps.Capacity(),
            MentorSteps.Availability(),
            SummarySteps.Summary(Summarise),
        ];
        _menteeEditMenu = SummarySteps.EditMenu(Mentee);
        _mentorEditMenu = SummarySteps.EditMenu(Mentor);
    }

    /// <summary>Asked of everyone, before the role's table.</summary>
    public ImmutableArray<OnboardingStep> Common { get; }

    public ImmutableArray<OnboardingStep> Mentee { get; }

    public ImmutableArray<OnboardingStep> Mentor { get; }

    public OnboardingStep First => Common[0];

    public ImmutableArray<OnboardingStep> TableFor(Role role) => role == Role.Mentee ? Mentee : Mentor;

    /// <summary>Every step someone with this role goes through; only the common ones while the role is unknown.</summary>
    public ImmutableArray<OnboardingStep> Sequence(Role? role) => role is { } known ? Common.AddRange(TableFor(known)) : Common;

    public OnboardingStep? Find(Role? role, string? key) => Sequence(role).FirstOrDefault(s => s.Key == key);

    public OnboardingStep? Next(Role? role, string key) => Neighbour(role, key, +1);

    public OnboardingStep? Previous(Role? role, string key) => Neighbour(role, key, -1);

    public OnboardingStep Summary(Role role) => TableFor(role)[^1];

    public ChoiceStep EditMenu(Role role) => role == Role.Mentee ? _menteeEditMenu : _mentorEditMenu;

    /// <summary>A step /edit can ask again, or null when the key is not one.</summary>
    public OnboardingStep? FindEditable(Role role, string? key) =>
        TableFor(role).FirstOrDefault(s => s.Key == key && s.Editable && s.SummaryLabel is not null);

    /// <summary>Every answer so far, one per line, as the summary and /profile show it.</summary>
    public string Summarise(Profile profile) => ProfileSummary.Render(profile, Sequence(profile.Role));

    private OnboardingStep? Neighbour(Role? role, string key, int offset)
    {
        var sequence = Sequence(role);
        var index = sequence.IndexOf(sequence.FirstOrDefault(s => s.Key == key)!);
        var neighbour = index + offset;
        return index < 0 || neighbour < 0 || neighbour >= sequence.Length ? null : sequence[neighbour];
    }
}

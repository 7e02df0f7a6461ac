using System.Collections.Immutable;
using HealLink.Core.Languages;
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

    /// <summary>The flow in English.</summary>
    public OnboardingFlow()
        : this(OnboardingCopy.English)
    {
    }

    /// <summary>The flow in <paramref name="copy"/>'s language: the same steps, keys and options, other words.</summary>
    public OnboardingFlow(OnboardingCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        Copy = copy;
        Common = [ConsentSteps.Consent(copy), ConsentSteps.ChooseRole(copy)];
        Mentee =
        [
            AboutYouSteps.Name(copy),
            AboutYouSteps.Procedure(copy, Role.Mentee),
            AboutYouSteps.MenteeStage(copy),
            AboutYouSteps.AgeRange(copy),
            AboutYouSteps.Gender(copy),
            AboutYouSteps.GenderPreference(copy),
            LifeSteps.Languages(copy),
            LifeSteps.Hospital(copy, Role.Mentee),
            LifeSteps.Interests(copy),
            LifeSteps.Intro(copy, Role.Mentee),
            SummarySteps.Summary(copy, Summarise),
        ];
        Mentor =
        [
            AboutYouSteps.Name(copy),
            AboutYouSteps.Procedure(copy, Role.Mentor),
            AboutYouSteps.MentorStage(copy),
            AboutYouSteps.AgeRange(copy),
            AboutYouSteps.Gender(copy),
            LifeSteps.Languages(copy),
            LifeSteps.Hospital(copy, Role.Mentor),
            LifeSteps.Interests(copy),
            LifeSteps.Intro(copy, Role.Mentor),
            MentorSteps.HelpTopics(copy),
            MentorSteps.Capacity(copy),
            MentorSteps.Availability(copy),
            SummarySteps.Summary(copy, Summarise),
        ];
        _menteeEditMenu = SummarySteps.EditMenu(copy, Mentee);
        _mentorEditMenu = SummarySteps.EditMenu(copy, Mentor);
    }

    /// <summary>Everything this flow says, in its language.</summary>
    public OnboardingCopy Copy { get; }

    public Language Language => Copy.Language;

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

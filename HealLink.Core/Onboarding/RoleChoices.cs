using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// The role question's answers: which side of HealLink someone is on (mentee or mentor) and which side of the
/// procedure (their own, or someone else's they support). One tap answers both, so the flow stays one question long.
/// </summary>
internal static class RoleChoices
{
    // Persisted in button payloads; "mentee" and "mentor" are the keys from before caregivers, kept so an old
    // keyboard still works.
    public const string Mentee = "mentee";
    public const string CaregiverMentee = "caregiver";
    public const string Mentor = "mentor";
    public const string CaregiverMentor = "caregiver-mentor";

    public static IReadOnlyList<ChoiceOption> Options(OnboardingCopy copy) =>
    [
        .. new[] { Mentee, CaregiverMentee, Mentor, CaregiverMentor }
            .Select(key => new ChoiceOption(key, copy.RoleLabel(key)) { SummaryText = copy.RoleSummary(key) }),
    ];

    public static string? KeyOf(Profile profile) => (profile.Role, profile.RoleKind) switch
    {
        (Role.Mentee, RoleKind.Patient) => Mentee,
        (Role.Mentee, RoleKind.Caregiver) => CaregiverMentee,
        (Role.Mentor, RoleKind.Patient) => Mentor,
        (Role.Mentor, RoleKind.Caregiver) => CaregiverMentor,
        _ => null,
    };

    /// <returns>Null for a key that is not one of <see cref="Options"/>.</returns>
    public static (Role Role, RoleKind Kind)? Parse(string? key) => key switch
    {
        Mentee => (Role.Mentee, RoleKind.Patient),
        CaregiverMentee => (Role.Mentee, RoleKind.Caregiver),
        Mentor => (Role.Mentor, RoleKind.Patient),
        CaregiverMentor => (Role.Mentor, RoleKind.Caregiver),
        _ => null,
    };
}

using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>A mentor's procedure inside a sentence, said true to the side of it they lived.</summary>
internal static class ProcedurePhrases
{
    /// <summary>"a hip replacement", "an ileostomy".</summary>
    public static string WithArticle(string? procedure)
    {
        var lower = FreeText.LowerFirst(procedure);
        return lower.Length > 0 && "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an " + lower : "a " + lower;
    }

    /// <summary>
    /// The procedure as a card shows it: "Kidney transplant" for a patient, "supported someone through a kidney
    /// transplant" for a caregiver mentor, "supporting someone through a kidney transplant" for a caregiver mentee.
    /// </summary>
    public static string? OnCard(Profile profile) => profile switch
    {
        { RoleKind: RoleKind.Caregiver, Role: Role.Mentor } => SupportedThrough(profile),
        { RoleKind: RoleKind.Caregiver } => "supporting someone through " + WithArticle(Procedure(profile)),
        _ => Procedure(profile),
    };

    private static string SupportedThrough(Profile mentor) => "supported someone through " + WithArticle(Procedure(mentor));

    /// <summary>The reason a caregiver mentor with the mentee's procedure was chosen; "also" only for a caregiver.</summary>
    public static string SameForCaregiverMentor(Profile mentee, Profile mentor, string name) =>
        mentee.RoleKind == RoleKind.Caregiver
            ? $"{name} also supported someone through {WithArticle(Procedure(mentor))}."
            : $"{name} {SupportedThrough(mentor)}.";

    /// <summary>The reason a caregiver mentor with a procedure of the same family was chosen.</summary>
    public static string RelatedForCaregiverMentor(Profile mentee, Profile mentor, string name) =>
        mentee.RoleKind == RoleKind.Caregiver
            ? $"{name} also supported someone through a related procedure, {WithArticle(Procedure(mentor))}."
            : $"A related procedure: {name} {SupportedThrough(mentor)}.";

    private static string? Procedure(Profile profile) => profile.ProcedureDisplay ?? profile.ProcedureText;
}

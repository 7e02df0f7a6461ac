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
    public static string? OnCard(Profile profile, MatchReasons? words = null)
    {
        words ??= MatchReasons.English;
        return profile switch
        {
            { RoleKind: RoleKind.Caregiver, Role: Role.Mentor } => words.SupportedThroughTheirs(Procedure(profile)),
            { RoleKind: RoleKind.Caregiver } => words.SupportingThroughTheirs(Procedure(profile)),
            _ => Procedure(profile),
        };
    }

    private static string? Procedure(Profile profile) => profile.ProcedureDisplay ?? profile.ProcedureText;
}

using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>
/// Puts first the mentors who lived the same side of a procedure of the same family: caregivers meet caregiver
/// mentors, patients meet patients. A caregiver is shown patient mentors only when no caregiver mentor of the same
/// family fits; a patient sees caregiver mentors only after every patient mentor of the same family. Otherwise the
/// score's order stands.
/// </summary>
public static class RoleKindOrder
{
    /// <param name="ranked">Eligible mentors, best score first.</param>
    public static IReadOnlyList<ScoredMentor> Apply(Profile mentee, IReadOnlyList<ScoredMentor> ranked)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(ranked);
        var kindredLeft = ranked.Count(m => IsKindred(mentee, m.Mentor.Profile));
        var caregiver = mentee.RoleKind == RoleKind.Caregiver;
        var offered = caregiver && kindredLeft > 0
            ? ranked.Where(m => m.Mentor.Profile.RoleKind == RoleKind.Caregiver)
            : ranked;

        // Held back until the last kindred mentor is placed, then let in where the score puts them.
        var heldBack = new List<ScoredMentor>();
        var ordered = new List<ScoredMentor>(ranked.Count);
        foreach (var match in offered)
        {
            var kindred = IsKindred(mentee, match.Mentor.Profile);
            if (kindredLeft > 0 && !kindred && (caregiver || match.Mentor.Profile.RoleKind != mentee.RoleKind))
            {
                heldBack.Add(match);
                continue;
            }

            ordered.Add(match);
            if (kindred && --kindredLeft == 0)
            {
                ordered.AddRange(heldBack);
                heldBack.Clear();
            }
        }

        return [.. ordered, .. heldBack];
    }

    /// <summary>The same side of the procedure, and the same procedure or one of its family.</summary>
    public static bool IsKindred(Profile mentee, Profile mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return mentor.RoleKind == mentee.RoleKind
            && ProcedureKinship.Compare(mentee.ProcedureText, mentor.ProcedureText) != Kinship.Different;
    }
}

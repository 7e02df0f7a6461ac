using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>
/// Puts first the mentors who lived the same side of a procedure of the same family: caregivers meet caregiver
/// mentors, patients meet patients. A caregiver is shown patient mentors only when no caregiver mentor of the same
/// family fits, and then those of the family first; a patient sees caregiver mentors only after every patient mentor
/// of the same family. Otherwise the score's order stands.
/// </summary>
public static class RoleKindOrder
{
    /// <param name="ranked">Eligible mentors, best score first.</param>
    public static IReadOnlyList<ScoredMentor> Apply(Profile mentee, IReadOnlyList<ScoredMentor> ranked)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(ranked);
        if (mentee.RoleKind == RoleKind.Caregiver)
        {
            var kindred = ranked.Where(m => IsKindred(mentee, m.Mentor.Profile)).ToList();
            return kindred.Count > 0
                ? [.. kindred, .. ranked.Where(m => m.Mentor.Profile.RoleKind == RoleKind.Caregiver).Except(kindred)]
                : FamilyFirst(mentee, ranked);
        }

        return CaregiverMentorsAfterKindred(mentee, ranked);
    }

    /// <summary>The same side of the procedure, and the same procedure or one of its family.</summary>
    public static bool IsKindred(Profile mentee, Profile mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return mentor.RoleKind == mentee.RoleKind && SameFamily(mentee, mentor);
    }

    private static bool SameFamily(Profile mentee, Profile mentor) =>
        ProcedureKinship.Compare(mentee.ProcedureText, mentor.ProcedureText) != Kinship.Different;

    private static List<ScoredMentor> FamilyFirst(Profile mentee, IReadOnlyList<ScoredMentor> ranked)
    {
        var family = ranked.Where(m => SameFamily(mentee, m.Mentor.Profile)).ToList();
        return [.. family, .. ranked.Except(family)];
    }

    /// <summary>Caregiver mentors held back until the last patient mentor of the family is placed, then let in by score.</summary>
    private static List<ScoredMentor> CaregiverMentorsAfterKindred(Profile mentee, IReadOnlyList<ScoredMentor> ranked)
    {
        var kindredLeft = ranked.Count(m => IsKindred(mentee, m.Mentor.Profile));
        var heldBack = new List<ScoredMentor>();
        var ordered = new List<ScoredMentor>(ranked.Count);
        foreach (var match in ranked)
        {
            if (kindredLeft > 0 && match.Mentor.Profile.RoleKind == RoleKind.Caregiver)
            {
                heldBack.Add(match);
                continue;
            }

            ordered.Add(match);
            if (IsKindred(mentee, match.Mentor.Profile) && --kindredLeft == 0)
            {
                ordered.AddRange(heldBack);
                heldBack.Clear();
            }
        }

        return [.. ordered, .. heldBack];
    }
}

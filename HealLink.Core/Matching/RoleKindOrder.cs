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
            var kindred = ranked.Where(m => IsKindred(mentee, m)).ToList();
            return kindred.Count > 0
                ? [.. kindred, .. ranked.Where(m => m.Mentor.Profile.RoleKind == RoleKind.Caregiver).Except(kindred)]
                : FamilyFirst(ranked);
        }

        return CaregiverMentorsAfterKindred(mentee, ranked);
    }

    /// <summary>
    /// The same side of the procedure, and the same procedure or one of its family, as the score read them: a second
    /// reading here could disagree with the one that scored (and cost a catalogue lookup per mentor each time).
    /// </summary>
    public static bool IsKindred(Profile mentee, ScoredMentor match)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(match);
        return match.Mentor.Profile.RoleKind == mentee.RoleKind && match.Kinship != Kinship.Different;
    }

    private static List<ScoredMentor> FamilyFirst(IReadOnlyList<ScoredMentor> ranked)
    {
        var family = ranked.Where(m => m.Kinship != Kinship.Different).ToList();
        return [.. family, .. ranked.Except(family)];
    }

    /// <summary>Caregiver mentors held back until the last patient mentor of the family is placed, then let in by score.</summary>
    private static List<ScoredMentor> CaregiverMentorsAfterKindred(Profile mentee, IReadOnlyList<ScoredMentor> ranked)
    {
        var kindredLeft = ranked.Count(m => IsKindred(mentee, m));
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
            if (IsKindred(mentee, match) && --kindredLeft == 0)
            {
                ordered.AddRange(heldBack);
                heldBack.Clear();
            }
        }

        return [.. ordered, .. heldBack];
    }
}

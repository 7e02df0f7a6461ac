using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>
/// The rules no score can outweigh: only approved mentors with room for one more, who share a language with the
/// mentee, match a gender preference they gave, and are not excluded for them.
/// </summary>
public static class HardFilters
{
    /// <returns>Null when the mentor may be offered; otherwise the first rule they fail.</returns>
    public static Ineligibility? Check(MenteeForMatching mentee, MentorForMatching mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        var profile = mentor.Profile;
        if (mentor.PersonId == mentee.PersonId)
        {
            return Ineligibility.Themselves;
        }

        if (profile is not { Role: Role.Mentor, VettingStatus: VettingStatus.Approved, CompletedAt: not null })
        {
            return Ineligibility.NotAnApprovedMentor;
        }

        if (mentor.ActiveMentees >= profile.Capacity)
        {
            return Ineligibility.AtCapacity;
        }

        if (!SharesLanguage(mentee.Profile, profile))
        {
            return Ineligibility.NoSharedLanguage;
        }

        if (mentee.Profile.GenderPreference is { } preferred && profile.Gender != preferred)
        {
            return Ineligibility.NotThePreferredGender;
        }

        return mentee.ExcludedMentorIds.Contains(mentor.PersonId) ? Ineligibility.Excluded : null;
    }

    public static IEnumerable<string> SharedLanguages(Profile mentee, Profile mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return mentee.Languages.Intersect(mentor.Languages, StringComparer.OrdinalIgnoreCase);
    }

    private static bool SharesLanguage(Profile mentee, Profile mentor) => SharedLanguages(mentee, mentor).Any();
}

using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>The mentee looking for a match, and the mentors they must never be offered again.</summary>
/// <param name="ExcludedMentorIds">Mentors they blocked, declined, were declined by, or are already connected with.</param>
public sealed record MenteeForMatching(long PersonId, Profile Profile, IReadOnlySet<long> ExcludedMentorIds);

/// <summary>A mentor who might be offered, with how many mentees they support right now.</summary>
public sealed record MentorForMatching(long PersonId, Profile Profile, int ActiveMentees);

/// <summary>Why a mentor cannot be offered to this mentee; the hard filters' verdicts.</summary>
public enum Ineligibility
{
    NotAnApprovedMentor,
    AtCapacity,
    NoSharedLanguage,
    NotThePreferredGender,
    Excluded,
    Themselves,
}

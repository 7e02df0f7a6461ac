namespace HealLink.Core.Tests.Matching.Quality;

/// <summary>
/// The labelled matching set (../shared/data/match-dev.json): fictional mentors and mentees, each mentee with the
/// mentors a coordinator would pick. Its "about" header describes every field. Also compiled into the benchmarks.
/// </summary>
internal sealed record DevSet(int Version, IReadOnlyList<DevPerson> Mentors, IReadOnlyList<DevPerson> Mentees);

/// <summary>
/// One person of the set, with values as the profile stores them: stage, ageRange, gender and genderPreference are
/// onboarding option keys; languages and interests are option labels; helpsWith are help-topic keys. The fields a
/// person may lack come last, with defaults; the loader requires every other one.
/// </summary>
/// <param name="Role">mentee, caregiver, mentor or caregiver-mentor.</param>
/// <param name="Capacity">Mentors only.</param>
/// <param name="Labels">Mentees only.</param>
internal sealed record DevPerson(
    string Name,
    string Role,
    string Procedure,
    string Stage,
    string AgeRange,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Interests,
    string Intro,
    string? Gender = null,
    string? GenderPreference = null,
    string? Hospital = null,
    IReadOnlyList<string>? HelpsWith = null,
    int? Capacity = null,
    DevLabels? Labels = null)
{
    /// <summary>The caregiver side: someone supporting a patient, or a mentor who once did.</summary>
    public bool IsCaregiver => Role is "caregiver" or "caregiver-mentor";
}

/// <summary>Best: the 1–2 mentors a thoughtful coordinator would pick; good: other acceptable ones; anyone else is not a good match.</summary>
internal sealed record DevLabels(IReadOnlyList<string> Best, IReadOnlyList<string> Good, string? Note = null);

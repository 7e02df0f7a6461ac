using HealLink.Core.Onboarding;
using HealLink.Core.People;
using HealLink.Core.Tests.Matching.Quality;

namespace HealLink.Benchmarks.MatchQuality;

/// <summary>
/// The set's people as finished profiles, as onboarding would have left them: option keys read back with the
/// onboarding's own key mapping, the procedure tidied for display as its question does, mentors approved.
/// </summary>
internal static class DevSetProfiles
{
    public static Profile Mentor(DevPerson mentor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        var profile = Common(mentor, RoleOf(mentor), now);
        profile.HelpTopics = [.. mentor.HelpsWith ?? []];
        profile.Capacity = mentor.Capacity ?? Profile.DefaultCapacity;
        profile.VettingStatus = VettingStatus.Approved;
        return profile;
    }

    public static Profile Mentee(DevPerson mentee, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        var profile = Common(mentee, RoleOf(mentee), now);
        profile.GenderPreference = Option<Gender>(mentee.GenderPreference, mentee, "genderPreference");
        return profile;
    }

    /// <summary>
    /// The one place a set role becomes a profile's: a caregiver is a mentee and a caregiver-mentor a mentor, each on
    /// the caregiver side (<see cref="Common"/> sets it from <see cref="DevPerson.IsCaregiver"/>).
    /// </summary>
    private static Role RoleOf(DevPerson person) => person.Role switch
    {
        "mentee" or "caregiver" => Role.Mentee,
        "mentor" or "caregiver-mentor" => Role.Mentor,
        _ => throw new InvalidDataException($"{person.Name} has the unknown role '{person.Role}'."),
    };

    private static Profile Common(DevPerson person, Role role, DateTimeOffset now) => new()
    {
        ConsentedAt = now,
        Role = role,
        RoleKind = person.IsCaregiver ? RoleKind.Caregiver : RoleKind.Patient,
        DisplayName = person.Name,
        ProcedureText = person.Procedure,
        ProcedureDisplay = ProcedureDisplay.Tidy(person.Procedure),
        Stage = Option<Stage>(person.Stage, person, "stage"),
        AgeRange = Option<AgeRange>(person.AgeRange, person, "ageRange"),
        Gender = Option<Gender>(person.Gender, person, "gender"),
        Languages = [.. person.Languages],
        Hospital = person.Hospital,
        Interests = [.. person.Interests],
        Intro = person.Intro,
        CompletedAt = now,
        UpdatedAt = now,
    };

    // A key the onboarding does not know would silently become "skipped"; a typo in the set should stop the run.
    private static TEnum? Option<TEnum>(string? key, DevPerson person, string field)
        where TEnum : struct, Enum =>
        key is null ? null : EnumKey.Parse<TEnum>(key) ?? throw new InvalidDataException($"{person.Name}'s {field} '{key}' is not an onboarding option key.");
}

using HealLink.Core.Matching;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

/// <summary>Finished profiles for matching tests; each test changes only what it is about.</summary>
internal static class Profiles
{
    private static readonly DateTimeOffset _finished = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static MenteeForMatching Mentee(Action<Profile>? change = null, params long[] excluded)
    {
        var profile = new Profile
        {
            PersonId = 1,
            Role = Role.Mentee,
            DisplayName = "Maria",
            ProcedureText = "kidney transplant",
            ProcedureDisplay = "Kidney transplant",
            Stage = Stage.Preparing,
            Languages = ["English"],
            Interests = ["Cooking", "Travel"],
            CompletedAt = _finished,
        };
        change?.Invoke(profile);
        return new MenteeForMatching(1, profile, excluded.ToHashSet());
    }

    public static MentorForMatching Mentor(long id, Action<Profile>? change = null, int activeMentees = 0)
    {
        var profile = new Profile
        {
            PersonId = id,
            Role = Role.Mentor,
            DisplayName = "Sam",
            ProcedureText = "Liver transplant",
            ProcedureDisplay = "Liver transplant",
            Stage = Stage.MoreThanThreeYearsAgo,
            Gender = Gender.Man,
            Languages = ["English", "Spanish"],
            Interests = ["Gaming"],
            HelpTopics = ["work"],
            Capacity = 3,
            VettingStatus = VettingStatus.Approved,
            CompletedAt = _finished,
        };
        change?.Invoke(profile);
        return new MentorForMatching(id, profile, activeMentees);
    }

    /// <summary>Makes a profile a caregiver's, for <paramref name="procedure"/> (someone else's).</summary>
    public static Action<Profile> Caregiver(string procedure) => p =>
    {
        p.RoleKind = RoleKind.Caregiver;
        p.ProcedureText = procedure;
        p.ProcedureDisplay = procedure;
    };
}

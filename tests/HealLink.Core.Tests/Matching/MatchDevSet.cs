using System.Text.Json;
using HealLink.Core.Matching;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

/// <summary>
/// The labelled matching set (../shared/data/match-dev.json beside the clone) as finished profiles: "caregiver" and
/// "caregiver-mentor" become mentees and mentors of the caregiver kind, as onboarding would store them.
/// </summary>
internal sealed class MatchDevSet
{
    private static readonly DateTimeOffset _finished = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private MatchDevSet(IReadOnlyList<MentorForMatching> mentors, IReadOnlyList<MenteeForMatching> mentees) =>
        (Mentors, Mentees) = (mentors, mentees);

    public IReadOnlyList<MentorForMatching> Mentors { get; }

    public IReadOnlyList<MenteeForMatching> Mentees { get; }

    public static MatchDevSet Load()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "match-dev.json"));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var mentors = root.GetProperty("mentors").EnumerateArray()
            .Select((m, i) => Read(m, 1000 + i, Role.Mentor))
            .Select(p => new MentorForMatching(p.PersonId, p, 0));
        var mentees = root.GetProperty("mentees").EnumerateArray()
            .Select((m, i) => Read(m, 1 + i, Role.Mentee))
            .Select(p => new MenteeForMatching(p.PersonId, p, new HashSet<long>()));
        return new MatchDevSet([.. mentors], [.. mentees]);
    }

    private static Profile Read(JsonElement person, long id, Role role) => new()
    {
        PersonId = id,
        Role = role,
        RoleKind = person.GetProperty("role").GetString()!.StartsWith("caregiver", StringComparison.Ordinal) ? RoleKind.Caregiver : RoleKind.Patient,
        DisplayName = person.GetProperty("name").GetString(),
        ProcedureText = person.GetProperty("procedure").GetString(),
        ProcedureDisplay = person.GetProperty("procedure").GetString(),
        Stage = EnumKey.Parse<Stage>(Text(person, "stage")),
        AgeRange = EnumKey.Parse<AgeRange>(Text(person, "ageRange")),
        Gender = EnumKey.Parse<Gender>(Text(person, "gender")),
        GenderPreference = EnumKey.Parse<Gender>(Text(person, "genderPreference")),
        Languages = Texts(person, "languages"),
        Interests = Texts(person, "interests"),
        Hospital = Text(person, "hospital"),
        Intro = Text(person, "intro"),
        HelpTopics = Texts(person, "helpsWith"),
        Capacity = person.TryGetProperty("capacity", out var capacity) ? capacity.GetInt32() : Profile.DefaultCapacity,
        VettingStatus = role == Role.Mentor ? VettingStatus.Approved : null,
        CompletedAt = _finished,
    };

    private static string? Text(JsonElement person, string name) =>
        person.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Texts(JsonElement person, string name) =>
        person.TryGetProperty(name, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];
}

using System.Text.Json;

namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>
/// The labelled matching set kept beside the repository (../shared/data/match-dev.json): the people as written,
/// read once. Only the fields these tests use.
/// </summary>
internal static class MatchDevSet
{
    private static readonly Lazy<DevSet> _set = new(Read);

    public static IReadOnlyList<DevPerson> Mentors => _set.Value.Mentors;

    public static IReadOnlyList<DevPerson> Mentees => _set.Value.Mentees;

    public static IEnumerable<DevPerson> Everyone => Mentors.Concat(Mentees);

    private static DevSet Read()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "match-dev.json"));
        return JsonSerializer.Deserialize<DevSet>(File.ReadAllText(path), JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"'{path}' holds no set");
    }

    private sealed record DevSet(IReadOnlyList<DevPerson> Mentors, IReadOnlyList<DevPerson> Mentees);
}

/// <param name="Role">mentor, caregiver-mentor, mentee or caregiver.</param>
internal sealed record DevPerson(string Name, string Role, string Procedure, IReadOnlyList<string> Languages)
{
    public bool IsCarer => Role.StartsWith("caregiver", StringComparison.Ordinal);
}

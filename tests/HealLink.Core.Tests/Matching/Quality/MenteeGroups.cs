namespace HealLink.Core.Tests.Matching.Quality;

/// <summary>The rows of the quality table: every mentee, then the people matching tends to serve worst.</summary>
internal static class MenteeGroups
{
    public static IReadOnlyList<(string Name, Func<DevPerson, bool> Includes)> All { get; } =
    [
        ("overall", _ => true),
        ("English", mentee => Speaks(mentee, "English")),
        ("Spanish-only", mentee => mentee.Languages.Count > 0 && mentee.Languages.All(l => l.Equals("Spanish", StringComparison.OrdinalIgnoreCase))),
        ("caregivers", mentee => mentee.IsCaregiver),
    ];

    private static bool Speaks(DevPerson person, string language) =>
        person.Languages.Contains(language, StringComparer.OrdinalIgnoreCase);
}

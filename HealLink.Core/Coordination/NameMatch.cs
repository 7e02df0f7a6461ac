using System.Globalization;

namespace HealLink.Core.Coordination;

/// <summary>
/// Whether a first name contains what a coordinator typed, ignoring case and accents ("jose" finds "José"). Done in
/// .NET rather than SQL: SQLite's LIKE folds ASCII letters only.
/// </summary>
internal static class NameMatch
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>True for every name when nothing was typed.</summary>
    public static bool Contains(string? name, string? typed) =>
        string.IsNullOrWhiteSpace(typed)
        || (name is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(name, typed.Trim(), Loose) >= 0);
}

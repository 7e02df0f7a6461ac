using System.Globalization;
using HealLink.Core.Coordination;

namespace HealLink.Admin.Pages.Display;

/// <summary>Previous and next links under a list, keeping the list's filters.</summary>
/// <param name="Filters">The query the list was asked with, without its page.</param>
public sealed record Pager(int Number, int Pages, bool HasPrevious, bool HasNext, IReadOnlyDictionary<string, string?> Filters)
{
    /// <summary>The query-string name of the page number ("page" is taken by Razor Pages' routing).</summary>
    public const string Parameter = "p";

    public static Pager For<T>(ResultPage<T> page, IReadOnlyDictionary<string, string?> filters)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Number, page.Pages, page.HasPrevious, page.HasNext, filters);
    }

    public Dictionary<string, string> To(int number)
    {
        var query = Filters.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value!);
        query[Parameter] = number.ToString(CultureInfo.InvariantCulture);
        return query;
    }
}

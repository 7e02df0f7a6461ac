using HealLink.Core.Vetting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Audit;

/// <summary>
/// The audit log, newest first, a page at a time, by who acted and by what they did. Read-only: the page has no
/// form that posts, and nothing in the panel changes or removes an entry.
/// </summary>
public sealed class AuditModel(AuditLog log) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public AuditPage Entries { get; private set; } = new([], null);

    public AuditFilters Filters { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await log.ReadAsync(new AuditQuery(Actor, Action, Before, PageSize), cancellationToken);
        Filters = await log.FiltersAsync(cancellationToken);
    }

    /// <summary>The action families ("mentor", "person") before the actions themselves, for the filter.</summary>
    public IEnumerable<string> ActionChoices =>
        Filters.Actions.Where(a => a.Contains('.', StringComparison.Ordinal)).Select(a => a[..a.IndexOf('.', StringComparison.Ordinal)]).Distinct()
            .Concat(Filters.Actions);
}

using HealLink.Admin.Pages.Display;
using HealLink.Core.Coordination;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.People;

/// <summary>Finding people by name, role, status and platform; newest first.</summary>
public sealed class PeopleSearchModel(PeopleDirectory directory) : PageModel
{
    public PeopleQuery Query { get; private set; } = new();

    public ResultPage<PersonSummary> Found { get; private set; } = new([], 1, 0);

    public Pager Pager => Pager.For(Found, new Dictionary<string, string?>
    {
        ["name"] = Query.Name,
        ["role"] = Query.Role?.ToString(),
        ["status"] = Query.Status?.ToString(),
        ["platform"] = Query.Platform?.ToString(),
    });

    public async Task OnGetAsync(string? name, Role? role, PersonStatus? status, Platform? platform, int p = 1, CancellationToken cancellationToken = default)
    {
        Query = new PeopleQuery(name, role, status, platform, p);
        Found = await directory.SearchAsync(Query, cancellationToken);
    }
}

using HealLink.Admin.Pages.Display;
using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Connections;

/// <summary>Connections newest first, with both names, times and ratings; never what was said.</summary>
public sealed class ConnectionsModel(ConnectionDirectory directory) : PageModel
{
    public ConnectionState? Filter { get; private set; }

    public ResultPage<ConnectionRow> Connections { get; private set; } = new([], 1, 0);

    public Pager Pager => Pager.For(Connections, new Dictionary<string, string?> { ["state"] = Filter?.ToString() });

    public async Task OnGetAsync(ConnectionState? state, int p = 1, CancellationToken cancellationToken = default)
    {
        Filter = state;
        Connections = await directory.ListAsync(new ConnectionQuery(state, Page: p), cancellationToken);
    }
}

using HealLink.Core.Safety;
using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Pages;

/// <summary>The panel's home: what needs a coordinator now.</summary>
public sealed class DashboardModel(MentorVetting vetting, IDbContextFactory<HealLinkDbContext> contexts) : PageModel
{
    public int PendingMentors { get; private set; }

    public int OpenCrisisFlags { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PendingMentors = (await vetting.PendingAsync(cancellationToken)).Count;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        OpenCrisisFlags = await db.CrisisFlags.CountAsync(f => f.Status != FlagStatus.Resolved, cancellationToken);
    }
}

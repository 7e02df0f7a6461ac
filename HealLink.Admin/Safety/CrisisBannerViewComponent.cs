using HealLink.Core.Safety;
using HealLink.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Safety;

/// <summary>
/// A crisis flag nobody has picked up yet is shown on every page, so it cannot wait behind whatever a coordinator
/// happens to be doing.
/// </summary>
public sealed class CrisisBannerViewComponent(IDbContextFactory<HealLinkDbContext> contexts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var waiting = await db.CrisisFlags.CountAsync(f => f.Status == FlagStatus.New, HttpContext.RequestAborted);
        return View(waiting);
    }
}

using HealLink.Core.Safety;
using Microsoft.AspNetCore.Mvc;

namespace HealLink.Admin.Safety;

/// <summary>
/// A crisis flag nobody has picked up yet is shown on every page, so it cannot wait behind whatever a coordinator
/// happens to be doing.
/// </summary>
public sealed class CrisisBannerViewComponent(SafetyWatch watch) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await watch.NewCrisisCountAsync(HttpContext.RequestAborted));
}

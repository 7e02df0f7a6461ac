using HealLink.Core.People;
using HealLink.Core.Service.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages;

/// <summary>The panel's home, for every coordinator: what needs someone now, and how the service is going.</summary>
public sealed class DashboardModel(DashboardReader dashboard, TimeProvider timeProvider) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public DateTimeOffset Now { get; } = timeProvider.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await dashboard.ReadAsync(cancellationToken);

    public int CountOf(Role? role) => Figures.People.Where(p => p.Role == role).Sum(p => p.Count);

    public static string Describe(PersonStatus status) => status switch
    {
        PersonStatus.Onboarding => "still onboarding",
        PersonStatus.Active => "active",
        PersonStatus.Pending => "waiting for review",
        PersonStatus.Approved => "approved",
        PersonStatus.Rejected => "not approved",
        _ => "suspended",
    };
}

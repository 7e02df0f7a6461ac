using HealLink.Core.Service.Health;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Health;

/// <summary>
/// The service's health for an admin: the database, the outbox's backlog, and each bot process as it last reported.
/// At /status: /health is the anonymous probe for load balancers.
/// </summary>
public sealed class HealthModel(ServiceHealth health, TimeProvider timeProvider) : PageModel
{
    public HealthReport Report { get; private set; } = null!;

    public DateTimeOffset Now { get; } = timeProvider.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Report = await health.ReadAsync(cancellationToken);

    public static string Describe(ProcessState state) => state switch
    {
        ProcessState.Running => "running",
        ProcessState.Stopped => "stopped",
        _ => "gone: stopped reporting without saying so",
    };
}

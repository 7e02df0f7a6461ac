using HealLink.Admin.Accounts;
using HealLink.Admin.Service;
using HealLink.Core.Service.Health;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Health;

/// <summary>
/// The service's health for an admin: the database, the outbox's backlog, and each bot process as it last reported.
/// At /status: /health is the anonymous probe for load balancers. A process holding a language model can be asked to
/// unload it now (audited); it does so with its next report.
/// </summary>
public sealed class HealthModel(ServiceHealth health, ModelUnloadRequests unloads, TimeProvider timeProvider) : PageModel
{
    public HealthReport Report { get; private set; } = null!;

    public DateTimeOffset Now { get; } = timeProvider.GetUtcNow();

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Report = await health.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUnloadModelAsync(string processId, string? reason, CancellationToken cancellationToken)
    {
        Status = await unloads.RequestAsync(processId, User.Actor(), reason, cancellationToken)
            ? "Asked: the process unloads its model with its next report, within seconds, and the next icebreaker loads it again."
            : "That process is no longer running, so there was nothing to unload.";
        return RedirectToPage();
    }

    public static string Times(int count) => count == 1 ? "once" : $"{count} times";

    /// <summary>A memory figure, or a dash until the model has been loaded (or unloaded) once.</summary>
    public static string Megabytes(long? bytes) => bytes is { } value ? ServiceText.Megabytes(value) : "—";

    public static string Describe(ProcessState state) => state switch
    {
        ProcessState.Running => "running",
        ProcessState.Stopped => "stopped",
        _ => "gone: stopped reporting without saying so",
    };
}

using HealLink.Admin.Accounts;
using HealLink.Admin.Service;
using HealLink.Core.Jobs.Overview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Jobs;

/// <summary>Every job's schedules, next run, last run and last failure; and "Re-embed now", queued and audited.</summary>
public sealed class JobsModel(JobOverview overview, JobRequests requests, TimeProvider timeProvider) : PageModel
{
    public IReadOnlyList<JobStatus> Jobs { get; private set; } = [];

    public DateTimeOffset Now { get; } = timeProvider.GetUtcNow();

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Jobs = await overview.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostReEmbedAsync(string? reason, CancellationToken cancellationToken)
    {
        await requests.ReEmbedNowAsync(User.Actor(), reason, cancellationToken);
        Status = "Re-embedding is queued: the bot process that runs the shared jobs starts it within seconds. It shows below as a one-off until it runs.";
        return RedirectToPage();
    }

    public static string Describe(TriggerSchedule trigger) => trigger.Kind switch
    {
        ScheduleKind.Cron => $"cron {trigger.Cron} (the bot's time zone)",
        ScheduleKind.Every => ServiceText.Every(trigger.Interval!.Value),
        ScheduleKind.Once => $"once, asked for: {trigger.Description ?? trigger.Name}",
        _ => trigger.Name,
    };

    public string Relative(DateTimeOffset? time) => time switch
    {
        null => "—",
        { } at when at >= Now => $"in {ServiceText.Span(at - Now)}",
        { } at => $"{ServiceText.Span(Now - at)} ago",
    };
}

using System.Net;
using HealLink.Admin.Tests.Panel;
using HealLink.Core.Jobs;
using HealLink.Core.Jobs.History;
using HealLink.Core.Jobs.Overview;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.Jobs;

/// <summary>The jobs page over HTTP: every schedule from Quartz's tables and the history, and "Re-embed now".</summary>
public sealed class JobsPageTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task ReEmbedNow_Posted_QueuesAOneShotForTheBotAndAuditsWhoAskedAndWhy()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var posted = await admin.PostFormAsync("/jobs", "/jobs?handler=ReEmbed", new() { ["reason"] = "We switched to the MiniLM model." });
        var page = await admin.GetPageAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Re-embedding is queued", page, StringComparison.Ordinal);
        Assert.Contains($"once, asked for: {JobSchedules.ReEmbedNowDescription}", page, StringComparison.Ordinal);
        Assert.Contains("cron 0 30 3 * * ?", page, StringComparison.Ordinal);
        await using var db = await _panel.DatabaseAsync();
        var queued = await db.Database
            .SqlQuery<string>($"SELECT JOB_NAME AS \"Value\" FROM QRTZ_TRIGGERS WHERE DESCRIPTION = {JobSchedules.ReEmbedNowDescription}")
            .ToListAsync();
        Assert.Equal([JobSchedules.ReEmbedProfiles.Name], queued);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == JobRequests.ReEmbedNowAction);
        Assert.Equal(("admin@example.org", "We switched to the MiniLM model."), (audit.Actor, audit.Reason));
    }

    [Fact]
    public async Task Jobs_WithHistory_ShowsTheLocalScheduleAndTheLastFailureAsText()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            var started = DateTimeOffset.UtcNow.AddSeconds(-1);
            db.JobExecutions.Add(new JobExecution
            {
                Scheduler = JobSchedules.Local,
                JobGroup = JobSchedules.RefreshIntroIndex.Group,
                JobName = JobSchedules.RefreshIntroIndex.Name,
                Trigger = "refresh-intro-index-every",
                ProcessId = "bot-host/42/abc",
                StartedAt = started,
                FinishedAt = started.AddMilliseconds(300),
                Outcome = JobOutcome.Failed,
                FailureType = "SqliteException",
                FailureMessage = "<b>database is locked</b>",
            });
            await db.SaveChangesAsync();
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        var page = await admin.GetPageAsync("/jobs");

        Assert.Contains("refresh-intro-index", page, StringComparison.Ordinal);
        Assert.Contains("every 2 seconds", page, StringComparison.Ordinal);
        Assert.Contains("failed in 0.3 s", page, StringComparison.Ordinal);
        Assert.Contains(">bot-host/42/abc</span> · refresh-intro-index-every", page, StringComparison.Ordinal);
        Assert.Contains("SqliteException: &lt;b&gt;database is locked&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>database", page, StringComparison.Ordinal);
    }
}

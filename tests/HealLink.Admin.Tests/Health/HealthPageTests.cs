using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Service.Health;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.Health;

/// <summary>The health page over HTTP: the database, the outbox's backlog, each bot process as it reported itself.</summary>
public sealed class HealthPageTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Status_ProcessesAndABacklog_ShowsEachProcessItsChannelsModelAndTheOldestMessage()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = await _panel.DatabaseAsync())
        {
            db.ProcessStatuses.AddRange(
                Process("bot-a/7/aaa", "bot-a", now.AddSeconds(-2), [new ChannelReport("Telegram", true, "receiving through long polling", now.AddHours(-1))]),
                Process("bot-b/9/bbb", "bot-b", now.AddMinutes(-10), [new ChannelReport("Telegram", false, "polling failed: 502 Bad Gateway", now.AddMinutes(-11))]));
            db.OutboxMessages.AddRange(
                new OutboxMessage { Platform = Platform.Telegram, ChatId = "1", Text = "hello", CreatedAt = now.AddHours(-3), NextAttemptAt = now, Attempts = 2 },
                new OutboxMessage { Platform = Platform.Telegram, ChatId = "2", Text = "hello", CreatedAt = now.AddMinutes(-1), NextAttemptAt = now });
            await db.SaveChangesAsync();
            await RunsTheSharedJobsAsync(db, "bot-a/7/aaa", now);
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        var page = await admin.GetPageAsync("/status");

        Assert.Contains("The database answers.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>2</strong> waiting in the outbox", page, StringComparison.Ordinal);
        Assert.Contains("<strong>3 hours</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> being retried", page, StringComparison.Ordinal);
        Assert.Contains("data-process-state=\"running\"", page, StringComparison.Ordinal);
        Assert.Contains("data-process-state=\"gone\"", page, StringComparison.Ordinal);
        Assert.Contains("runs the shared jobs", page, StringComparison.Ordinal);
        Assert.Contains("receiving through long polling", page, StringComparison.Ordinal);
        Assert.Contains("polling failed: 502 Bad Gateway", page, StringComparison.Ordinal);
        Assert.Contains("all-MiniLM-L6-v2 (384 dimensions)", page, StringComparison.Ordinal);
        Assert.Contains("200 MB", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("bot-a", StringComparison.Ordinal) < page.IndexOf("bot-b", StringComparison.Ordinal), "running before gone");
    }

    [Fact]
    public async Task Status_NoBotEverReported_SaysSo()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var page = await admin.GetPageAsync("/status");

        Assert.Contains("No bot process has reported yet.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>0</strong> waiting in the outbox", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePages_Reviewer_AreRefusedButTheDashboardIsNot()
    {
        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);

        foreach (var adminOnly in new[] { "/jobs", "/status", "/audit" })
        {
            var response = await reviewer.GetAsync(adminOnly);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var forged = await reviewer.PostFormAsync("/", "/jobs?handler=ReEmbed", []);
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", forged.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/")).StatusCode);
    }

    private static ProcessStatus Process(string id, string host, DateTimeOffset lastSeen, List<ChannelReport> channels) => new()
    {
        Id = id,
        Host = host,
        OsProcessId = 7,
        StartedAt = lastSeen.AddHours(-2),
        LastSeenAt = lastSeen,
        ReportInterval = TimeSpan.FromSeconds(5),
        Channels = channels,
        Embedder = "all-MiniLM-L6-v2 (384 dimensions)",
        WorkingSetBytes = 200L * 1024 * 1024,
        Version = "1.0.0",
    };

    /// <summary>As the process would show it: the holder of the jobs' lease on SQLite, a node of Quartz's cluster on PostgreSQL.</summary>
    private static async Task RunsTheSharedJobsAsync(HealLinkDbContext db, string processId, DateTimeOffset now)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval) VALUES ('HealLink', {processId}, {now.UtcTicks}, 10000)");
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"UPDATE job_leases SET holder = {processId}, expires_at = {now.AddSeconds(20).ToUnixTimeMilliseconds()}");
        }
    }
}

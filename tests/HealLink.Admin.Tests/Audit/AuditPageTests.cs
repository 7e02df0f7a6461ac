using HealLink.Admin.Tests.Panel;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.Audit;

/// <summary>The audit log over HTTP: the panel's own actions appear, newest first, filtered and paged, as text.</summary>
public sealed class AuditPageTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Audit_AfterDecisionsInThePanel_ListsThemNewestFirstWithWhoWhatAndWhy()
    {
        long approved, rejected;
        await using (var db = await _panel.DatabaseAsync())
        {
            approved = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa");
            rejected = await MentorSeeds.PendingMentorAsync(db, "Tom", "chat-tom");
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        await admin.PostFormAsync("/mentors", $"/mentors?handler=Approve&id={approved}", []);
        await admin.PostFormAsync("/mentors", $"/mentors?handler=Reject&id={rejected}", new() { ["reason"] = "<script>alert(1)</script> a year, please" });
        var page = await admin.GetPageAsync("/audit");

        var reject = page.IndexOf("mentor.reject", StringComparison.Ordinal);
        var approve = page.IndexOf("<td>mentor.approve</td>", StringComparison.Ordinal);
        Assert.True(reject >= 0 && approve > reject, "newest first");
        Assert.Contains($"#{rejected}", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; a year, please", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("<td>admin@example.org</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_FilteredAndMoreThanAPage_ShowsOnlyTheMatchesAndLinksToOlderOnes()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            var start = DateTimeOffset.UtcNow.AddDays(-1);
            db.AuditEntries.AddRange(Enumerable.Range(0, 60).Select(i => new AuditEntry
            {
                Actor = i % 2 == 0 ? "ana@example.org" : "ben@example.org",
                Action = i % 3 == 0 ? "person.suspend" : "mentor.approve",
                SubjectPersonId = i,
                At = start.AddMinutes(i),
            }));
            await db.SaveChangesAsync();
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        var ben = await admin.GetPageAsync("/audit?actor=ben%40example.org&action=mentor");
        var first = await admin.GetPageAsync("/audit");
        var older = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/audit\\?before=\\d+)\"").Groups[1].Value;
        var second = await admin.GetPageAsync(older.Length > 0 ? older : "/audit?before=0");
        await using var check = await _panel.DatabaseAsync();
        var total = await check.AuditEntries.CountAsync();

        Assert.DoesNotContain("<td>ana@example.org</td>", ben, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>person.suspend</td>", ben, StringComparison.Ordinal);
        Assert.Equal(20, Rows(ben));
        Assert.Equal(50, Rows(first));
        Assert.NotEmpty(older);
        Assert.Equal(total - 50, Rows(second));
        Assert.Contains("<td>#0</td>", second, StringComparison.Ordinal);
    }

    private static int Rows(string page) => page.Split("data-testid=\"audit-entry\"").Length - 1;
}

using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.CommandLine;

/// <summary>The real admin process's <c>safety</c> command: what coordinators must look at, and picking it up.</summary>
public sealed class SafetyCommandTests : IDisposable
{
    private readonly AdminCommandLine _admin = new();

    public void Dispose() => _admin.Dispose();

    [Fact]
    public async Task Safety_OpenFlagAndReport_ListsTheCrisisFirstWithItsWords_AndAPickupIsAudited()
    {
        var (flagId, reportId) = await SeedAsync();

        var (listed, exit) = await _admin.RunAsync("safety");
        var (picked, pickedExit) = await _admin.RunAsync("safety", "pickup", "crisis", flagId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (resolved, _) = await _admin.RunAsync("safety", "resolve", "report", reportId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (missing, missingExit) = await _admin.RunAsync("safety", "resolve", "report", "999");
        var (after, _) = await _admin.RunAsync("safety");

        Assert.Equal(0, exit);
        var lines = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"crisis {flagId}\t", lines[0], StringComparison.Ordinal);
        Assert.Contains("\tNew\tAna (person ", lines[0], StringComparison.Ordinal);
        Assert.Equal("    I just want it all to end.", lines[1]);
        Assert.StartsWith($"report {reportId}\t", lines[2], StringComparison.Ordinal);
        Assert.Equal("    [2026-12-05 20:00] Sam: Send me your address.", lines[3]);
        Assert.Equal((0, 1), (pickedExit, missingExit));
        Assert.Contains("is now InReview", picked, StringComparison.Ordinal);
        Assert.Contains("is now Resolved", resolved, StringComparison.Ordinal);
        Assert.Contains("There is no report 999", missing, StringComparison.Ordinal);
        Assert.Contains("\tInReview\t", after, StringComparison.Ordinal);
        Assert.DoesNotContain("report ", after, StringComparison.Ordinal);
        await using var db = await _admin.ContextAsync();
        Assert.Equal(["crisis.inreview", "report.resolved"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    private async Task<(long FlagId, long ReportId)> SeedAsync()
    {
        await using var db = await _admin.ContextAsync();
        var at = new DateTimeOffset(2026, 12, 5, 20, 0, 0, TimeSpan.Zero);
        var ana = new Person { CreatedAt = at, Profile = new Profile { Role = Role.Mentee, DisplayName = "Ana", UpdatedAt = at } };
        var sam = new Person { CreatedAt = at, Profile = new Profile { Role = Role.Mentor, DisplayName = "Sam", UpdatedAt = at } };
        db.People.AddRange(ana, sam);
        await db.SaveChangesAsync();
        var connection = new Connection { MenteeId = ana.Id, MentorId = sam.Id, State = ConnectionState.Active, CreatedAt = at, UpdatedAt = at };
        db.Connections.Add(connection);
        await db.SaveChangesAsync();
        var flag = new CrisisFlag { PersonId = ana.Id, ConnectionId = connection.Id, Source = CrisisSource.Conversation, Excerpt = "I just want it all to end.", Status = FlagStatus.New, CreatedAt = at.AddHours(1) };
        var report = new Report
        {
            ConnectionId = connection.Id,
            ReporterId = ana.Id,
            ReportedId = sam.Id,
            RecentMessages = "[2026-12-05 20:00] Sam: Send me your address.",
            Status = FlagStatus.New,
            CreatedAt = at.AddHours(2),
        };
        db.CrisisFlags.Add(flag);
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return (flag.Id, report.Id);
    }
}

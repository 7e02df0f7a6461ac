using HealLink.Core.Tests.Storage;
using HealLink.Core.Vetting;

namespace HealLink.Core.Tests.Vetting;

/// <summary>The audit log reads newest first, a page at a time, by who acted and by what they did.</summary>
public sealed class AuditLogTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_MoreEntriesThanAPage_PagesNewestFirstWithoutGapsOrRepeats()
    {
        await using var database = await SeededAsync();
        var sut = new AuditLog(database.Contexts);

        var first = await sut.ReadAsync(new AuditQuery(PageSize: 2), CancellationToken.None);
        var second = await sut.ReadAsync(new AuditQuery(PageSize: 2, Before: first.NextBefore), CancellationToken.None);
        var last = await sut.ReadAsync(new AuditQuery(PageSize: 2, Before: second.NextBefore), CancellationToken.None);

        Assert.Equal(["crisis.inreview", "person.suspend"], first.Entries.Select(e => e.Action));
        Assert.Equal(["mentor.reject", "mentor.approve"], second.Entries.Select(e => e.Action));
        Assert.Equal(["mentor.approve"], last.Entries.Select(e => e.Action));
        Assert.Null(last.NextBefore);
    }

    [Fact]
    public async Task ReadAsync_ByActor_OnlyTheirEntries()
    {
        await using var database = await SeededAsync();

        var page = await new AuditLog(database.Contexts).ReadAsync(new AuditQuery(Actor: " ana@example.org "), CancellationToken.None);

        Assert.Equal(["person.suspend", "mentor.approve"], page.Entries.Select(e => e.Action));
        Assert.All(page.Entries, e => Assert.Equal("ana@example.org", e.Actor));
    }

    [Fact]
    public async Task ReadAsync_ByActionFamilyOrExactAction_FindsTheFamilyOrTheOne()
    {
        await using var database = await SeededAsync();
        var sut = new AuditLog(database.Contexts);

        var family = await sut.ReadAsync(new AuditQuery(Action: "mentor"), CancellationToken.None);
        var exact = await sut.ReadAsync(new AuditQuery(Action: "mentor.reject"), CancellationToken.None);
        var prefixOfAWord = await sut.ReadAsync(new AuditQuery(Action: "ment"), CancellationToken.None);

        Assert.Equal(["mentor.reject", "mentor.approve", "mentor.approve"], family.Entries.Select(e => e.Action));
        Assert.Equal("We need a year since the procedure.", Assert.Single(exact.Entries).Reason);
        Assert.Empty(prefixOfAWord.Entries);
    }

    [Fact]
    public async Task FiltersAsync_SeveralActorsAndActions_ListsEachOnceInOrder()
    {
        await using var database = await SeededAsync();

        var filters = await new AuditLog(database.Contexts).FiltersAsync(CancellationToken.None);

        Assert.Equal(["ana@example.org", "ben@example.org", "cli:root"], filters.Actors);
        Assert.Equal(["crisis.inreview", "mentor.approve", "mentor.reject", "person.suspend"], filters.Actions);
    }

    private static async Task<MigratedDatabase> SeededAsync()
    {
        var database = await MigratedDatabase.CreateAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        db.AuditEntries.AddRange(
            new AuditEntry { Actor = "cli:root", Action = "mentor.approve", SubjectPersonId = 1, At = Start },
            new AuditEntry { Actor = "ana@example.org", Action = "mentor.approve", SubjectPersonId = 2, At = Start.AddMinutes(1) },
            new AuditEntry { Actor = "ben@example.org", Action = "mentor.reject", SubjectPersonId = 3, Reason = "We need a year since the procedure.", At = Start.AddMinutes(2) },
            new AuditEntry { Actor = "ana@example.org", Action = "person.suspend", SubjectPersonId = 4, Reason = "Report #3", At = Start.AddMinutes(3) },
            new AuditEntry { Actor = "ben@example.org", Action = "crisis.inreview", Reason = "#1", At = Start.AddMinutes(4) });
        await db.SaveChangesAsync();
        return database;
    }
}

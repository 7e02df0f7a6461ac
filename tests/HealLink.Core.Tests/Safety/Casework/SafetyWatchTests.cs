using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using HealLink.Core.People;
using HealLink.Core.Safety;
using HealLink.Core.Tests.Coordination;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Safety.Casework;

/// <summary>The queue of crisis flags and reports: crisis flags first, each newest first, by status, a page at a time.</summary>
public sealed class SafetyWatchTests : IAsyncLifetime
{
    private readonly FixedTimeProvider _clock = new(Seed.At(1000));
    private MigratedDatabase _database = null!;
    private long _ana;
    private long _sam;
    private long _connection;

    private SafetyWatch Sut => new(_database.Contexts, _clock);

    public async Task InitializeAsync()
    {
        _database = await MigratedDatabase.CreateAsync();
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var seed = new Seed(db);
        _ana = await seed.PersonAsync("Ana");
        _sam = await seed.PersonAsync("Sam", Role.Mentor, VettingStatus.Approved);
        _connection = await seed.ConnectionAsync(_ana, _sam, ConnectionState.Active, minute: 5);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task List_Open_CrisisFlagsFirstThenReports_EachNewestFirst_ResolvedLeftOut()
    {
        var (oldFlag, newFlag, report, _) = await SeedFourAsync();

        var sut = await Sut.ListAsync(status: null, page: 1, CancellationToken.None);

        Assert.Equal(
            [(SafetyKind.Crisis, newFlag), (SafetyKind.Crisis, oldFlag), (SafetyKind.Report, report)],
            sut.Items.Select(i => (i.Kind, i.Id)));
        Assert.Equal(("Ana", "Sam"), (sut.Items[0].Subject, sut.Items[2].Subject));
    }

    [Fact]
    public async Task List_OneStatus_ShowsOnlyThatStatus()
    {
        var (_, _, _, resolved) = await SeedFourAsync();

        var sut = await Sut.ListAsync(FlagStatus.Resolved, page: 1, CancellationToken.None);

        Assert.Equal([(SafetyKind.Report, resolved)], sut.Items.Select(i => (i.Kind, i.Id)));
    }

    [Fact]
    public async Task List_MoreThanAPage_TheNextPageRunsFromFlagsIntoReports()
    {
        await using (var db = await _database.Contexts.CreateDbContextAsync())
        {
            var seed = new Seed(db);
            for (var minute = 1; minute <= Paging.Size + 2; minute++)
            {
                await seed.CrisisFlagAsync(_ana, minute);
            }

            await seed.ReportAsync(_connection, _ana, _sam, minute: 999);
        }

        var first = await Sut.ListAsync(status: null, page: 1, CancellationToken.None);
        var second = await Sut.ListAsync(status: null, page: 2, CancellationToken.None);

        Assert.Equal(Paging.Size, first.Items.Count);
        Assert.All(first.Items, i => Assert.Equal(SafetyKind.Crisis, i.Kind));
        Assert.Equal(["flag at 2", "flag at 1", "report at 999"], second.Items.Select(i => i.Words));
        Assert.Equal((Paging.Size + 3, false), (second.Total, second.HasNext));
    }

    [Fact]
    public async Task NewCrisisCount_CountsOnlyFlagsNobodyPickedUp()
    {
        await SeedFourAsync();

        var sut = await Sut.NewCrisisCountAsync(CancellationToken.None);

        Assert.Equal(1, sut);
    }

    [Fact]
    public async Task SetStatus_PickUp_IsAuditedAgainstTheFlag_AndASecondPressRecordsNothing()
    {
        var (_, newFlag, _, _) = await SeedFourAsync();

        var first = await Sut.SetStatusAsync(SafetyKind.Crisis, newFlag, FlagStatus.InReview, "coordinator@example.org", CancellationToken.None);
        var second = await Sut.SetStatusAsync(SafetyKind.Crisis, newFlag, FlagStatus.InReview, "other@example.org", CancellationToken.None);
        var missing = await Sut.SetStatusAsync(SafetyKind.Crisis, 404, FlagStatus.InReview, "coordinator@example.org", CancellationToken.None);

        Assert.Equal((true, true, false), (first, second, missing));
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("coordinator@example.org", "crisis.inreview", _ana, $"#{newFlag}", Seed.At(1000)), (audit.Actor, audit.Action, audit.SubjectPersonId!.Value, audit.Reason, audit.At));
        Assert.Equal(0, await Sut.NewCrisisCountAsync(CancellationToken.None));
    }

    /// <returns>An older and a newer flag (in review and new), an open report and a resolved one.</returns>
    private async Task<(long OldFlag, long NewFlag, long Report, long Resolved)> SeedFourAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var seed = new Seed(db);
        var oldFlag = await seed.CrisisFlagAsync(_ana, minute: 10, FlagStatus.InReview, _connection);
        var report = await seed.ReportAsync(_connection, _ana, _sam, minute: 30);
        var newFlag = await seed.CrisisFlagAsync(_ana, minute: 20);
        var resolved = await seed.ReportAsync(_connection, _sam, _ana, minute: 40, FlagStatus.Resolved);
        return (oldFlag, newFlag, report, resolved);
    }
}

using HealLink.Core.Service.Health;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Service.Health;

/// <summary>An admin's "Unload the model now" reaches exactly the process it was for, once, and is audited.</summary>
public sealed class ModelUnloadRequestsTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportAsync_WithAModel_StoresItForTheHealthPage()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Start);
        var sut = new StatusWriters(database, clock).Start(out _);
        var model = StatusWriters.LoadedModel(Start);

        await sut.ReportAsync(StatusWriters.ReportWithModel(model), CancellationToken.None);

        var health = await new ServiceHealth(database.Contexts, clock).ReadAsync(CancellationToken.None);
        Assert.Equal([model], Assert.Single(health.Processes).Models);
    }

    [Fact]
    public async Task RequestAsync_ThenReports_AsksThatProcessOnceAndNoOther()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Start);
        var writers = new StatusWriters(database, clock);
        var target = writers.Start(out var targetProcess);
        var other = writers.Start(out _);
        await target.ReportAsync(StatusWriters.ReportWithModel(StatusWriters.LoadedModel(Start)), CancellationToken.None);
        await other.ReportAsync(StatusWriters.ReportWithModel(StatusWriters.LoadedModel(Start)), CancellationToken.None);
        var sut = new ModelUnloadRequests(database.Contexts, clock);

        Assert.True(await sut.RequestAsync(targetProcess.Id, "admin@example.org", "freeing memory for the nightly backup", CancellationToken.None));

        Assert.False((await other.ReportAsync(StatusWriters.Report(), CancellationToken.None)).UnloadModels);
        Assert.True((await target.ReportAsync(StatusWriters.Report(), CancellationToken.None)).UnloadModels);
        Assert.False((await target.ReportAsync(StatusWriters.Report(), CancellationToken.None)).UnloadModels);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var entry = Assert.Single(await db.AuditEntries.ToListAsync());
        Assert.Equal(("admin@example.org", ModelUnloadRequests.UnloadNowAction, "freeing memory for the nightly backup"), (entry.Actor, entry.Action, entry.Reason));
    }

    [Fact]
    public async Task RequestAsync_ProcessStopped_AsksNothingAndAuditsNothing()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Start);
        var writer = new StatusWriters(database, clock).Start(out var process);
        await writer.ReportAsync(StatusWriters.ReportWithModel(StatusWriters.LoadedModel(Start)), CancellationToken.None);
        await writer.StoppedAsync(CancellationToken.None);
        var sut = new ModelUnloadRequests(database.Contexts, clock);

        Assert.False(await sut.RequestAsync(process.Id, "admin@example.org", null, CancellationToken.None));

        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Empty(await db.AuditEntries.ToListAsync());
        Assert.Null((await db.ProcessStatuses.SingleAsync()).ModelUnloadRequestedAt);
    }
}

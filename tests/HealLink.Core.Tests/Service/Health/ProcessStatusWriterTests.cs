using HealLink.Core.Service.Health;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Service.Health;

/// <summary>Each process keeps one row about itself current, and clears away the rows of processes long gone.</summary>
public sealed class ProcessStatusWriterTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportAsync_Twice_RenewsTheProcesssOneRow()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Start);
        var sut = new StatusWriters(database, clock).Start(out var process);

        await sut.ReportAsync(StatusWriters.Report(new ChannelReport("Telegram", false, "starting", Start)), CancellationToken.None);
        clock.Now = Start.AddSeconds(5);
        await sut.ReportAsync(StatusWriters.Report(new ChannelReport("Telegram", true, "receiving through long polling", Start.AddSeconds(3))), CancellationToken.None);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var row = Assert.Single(await db.ProcessStatuses.ToListAsync());
        Assert.Equal((process.Id, process.Host, process.OsProcessId), (row.Id, row.Host, row.OsProcessId));
        Assert.Equal((Start, Start.AddSeconds(5)), (row.StartedAt, row.LastSeenAt));
        Assert.Equal([new ChannelReport("Telegram", true, "receiving through long polling", Start.AddSeconds(3))], row.Channels);
        Assert.Equal(("all-MiniLM-L6-v2 (384 dimensions)", 123_456_789L, "1.2.3"), (row.Embedder, row.WorkingSetBytes, row.Version));
        Assert.Equal(TimeSpan.FromSeconds(5), row.ReportInterval);
        Assert.Null(row.StoppedAt);
    }

    [Fact]
    public async Task ReportAsync_AnotherProcessSilentPastForgetAfter_RemovesOnlyItsRow()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Start);
        var writers = new StatusWriters(database, clock);
        await writers.Start(out var longGone).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        clock.Now = Start.AddMinutes(30);
        await writers.Start(out var recentlyGone).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        clock.Now = Start + StatusWriters.Options.ForgetAfter + TimeSpan.FromSeconds(1);
        var sut = writers.Start(out var running);

        await sut.ReportAsync(StatusWriters.Report(), CancellationToken.None);

        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(
            new[] { recentlyGone.Id, running.Id }.Order(),
            (await db.ProcessStatuses.Select(p => p.Id).ToListAsync()).Order());
        Assert.DoesNotContain(longGone.Id, await db.ProcessStatuses.Select(p => p.Id).ToListAsync());
    }

    [Fact]
    public async Task StoppedAsync_AfterReporting_MarksTheRowStopped()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Start);
        var sut = new StatusWriters(database, clock).Start(out _);
        await sut.ReportAsync(StatusWriters.Report(), CancellationToken.None);
        clock.Now = Start.AddSeconds(2);

        await sut.StoppedAsync(CancellationToken.None);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var row = Assert.Single(await db.ProcessStatuses.ToListAsync());
        Assert.Equal((Start.AddSeconds(2), Start.AddSeconds(2)), (row.StoppedAt, row.LastSeenAt));
    }
}

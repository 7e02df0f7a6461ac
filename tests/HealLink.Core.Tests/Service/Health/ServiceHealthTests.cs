using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Service.Health;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Service.Health;

/// <summary>The health page's reading: the database, the outbox's backlog, and each process as it last reported.</summary>
public sealed class ServiceHealthTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_ProcessesRunningStoppedAndSilent_ShowsEachAsItIs()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Now.AddMinutes(-1));
        var writers = new StatusWriters(database, clock);
        await writers.Start(out var silent).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        clock.Now = Now.AddSeconds(-2);
        var telegram = new ChannelReport("Telegram", true, "receiving through long polling", Now.AddMinutes(-1));
        await writers.Start(out var running).ReportAsync(StatusWriters.Report(telegram), CancellationToken.None);
        var stopping = writers.Start(out var stopped);
        await stopping.ReportAsync(StatusWriters.Report(), CancellationToken.None);
        await stopping.StoppedAsync(CancellationToken.None);
        clock.Now = Now;
        var sut = new ServiceHealth(database.Contexts, clock);

        var report = await sut.ReadAsync(CancellationToken.None);

        Assert.True(report.DatabaseReachable);
        Assert.Equal(
            [(running.Id, ProcessState.Running), (stopped.Id, ProcessState.Stopped), (silent.Id, ProcessState.Gone)],
            report.Processes.Select(p => (p.Id, p.State)));
        var process = report.Processes[0];
        Assert.Equal([telegram], process.Channels);
        Assert.Equal(("all-MiniLM-L6-v2 (384 dimensions)", 123_456_789L), (process.Embedder, process.WorkingSetBytes));
        Assert.All(report.Processes, p => Assert.False(p.RunsSharedJobs));
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task ReadAsync_ProcessHoldsTheJobLease_SaysItRunsTheSharedJobs()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Now);
        var writers = new StatusWriters(database, clock);
        await writers.Start(out var holder).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        await writers.Start(out _).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        await database.File.ExecuteAsync(
            $"UPDATE job_leases SET holder = '{holder.Id}', expires_at = {Now.AddSeconds(20).ToUnixTimeMilliseconds()}");

        var report = await new ServiceHealth(database.Contexts, clock).ReadAsync(CancellationToken.None);

        Assert.Equal([holder.Id], report.Processes.Where(p => p.RunsSharedJobs).Select(p => p.Id));
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task ReadAsync_LeaseExpired_NobodyRunsTheSharedJobs()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FixedTimeProvider(Now);
        await new StatusWriters(database, clock).Start(out var holder).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        await database.File.ExecuteAsync(
            $"UPDATE job_leases SET holder = '{holder.Id}', expires_at = {Now.AddSeconds(-1).ToUnixTimeMilliseconds()}");

        var report = await new ServiceHealth(database.Contexts, clock).ReadAsync(CancellationToken.None);

        Assert.False(Assert.Single(report.Processes).RunsSharedJobs);
    }

    [Fact]
    [Trait("Database", "Postgres")]
    public async Task ReadAsync_OnPostgres_TheNodesCheckedInToTheJobClusterRunTheSharedJobs()
    {
        await using var database = await MigratedDatabase.CreateAsync(DatabaseProvider.Postgres);
        var clock = new FixedTimeProvider(Now);
        var writers = new StatusWriters(database, clock);
        await writers.Start(out var node).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        await writers.Start(out var missedTwoCheckIns).ReportAsync(StatusWriters.Report(), CancellationToken.None);
        await writers.Start(out _).ReportAsync(StatusWriters.Report(), CancellationToken.None);

        // As Quartz writes a node's check-in: the time in .NET ticks, the interval (10 s) in milliseconds.
        await database.File.ExecuteAsync(
            "INSERT INTO qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval) VALUES " +
            $"('HealLink', '{node.Id}', {Now.AddSeconds(-8).UtcTicks}, 10000), ('HealLink', '{missedTwoCheckIns.Id}', {Now.AddSeconds(-21).UtcTicks}, 10000)");

        var report = await new ServiceHealth(database.Contexts, clock).ReadAsync(CancellationToken.None);

        Assert.Equal([node.Id], report.Processes.Where(p => p.RunsSharedJobs).Select(p => p.Id));
    }

    [Fact]
    public async Task ReadAsync_OutboxWithPendingRetryingSentAndFailedRows_CountsTheBacklog()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.OutboxMessages.AddRange(
                Message(Now.AddMinutes(-30)),
                Message(Now.AddMinutes(-20), m => m.Attempts = 2),
                Message(Now.AddMinutes(-40), m => m.SentAt = Now.AddMinutes(-39)),
                Message(Now.AddHours(-3), m => m.FailedAt = Now.AddHours(-2)),
                Message(Now.AddDays(-3), m => m.FailedAt = Now.AddDays(-3)));
            await db.SaveChangesAsync();
        }

        var report = await new ServiceHealth(database.Contexts, new FixedTimeProvider(Now)).ReadAsync(CancellationToken.None);

        Assert.Equal(new OutboxBacklog(Pending: 2, Retrying: 1, OldestPendingSince: Now.AddMinutes(-30), FailedLastDay: 1), report.Outbox);
    }

    [Fact]
    public async Task ReadAsync_EmptyOutbox_HasNoOldestMessage()
    {
        await using var database = await MigratedDatabase.CreateAsync();

        var report = await new ServiceHealth(database.Contexts, new FixedTimeProvider(Now)).ReadAsync(CancellationToken.None);

        Assert.Equal(new OutboxBacklog(0, 0, null, 0), report.Outbox);
        Assert.Empty(report.Processes);
    }

    [Fact]
    public async Task ReadAsync_DatabaseCannotBeOpened_SaysSoWithoutFigures()
    {
        var missing = Path.Combine(Path.GetTempPath(), "heallink-tests", Guid.NewGuid().ToString("N"), "no-such-folder", "heallink.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("ConnectionStrings:HealLink", $"Data Source={missing}")])
            .Build();
        await using var services = new ServiceCollection().AddHealLinkStorage(configuration).BuildServiceProvider();
        var sut = new ServiceHealth(services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>(), new FixedTimeProvider(Now));

        var report = await sut.ReadAsync(CancellationToken.None);

        Assert.False(report.DatabaseReachable);
        Assert.NotNull(report.DatabaseProblem);
        Assert.Null(report.Outbox);
        Assert.False(File.Exists(missing));
    }

    private static OutboxMessage Message(DateTimeOffset created, Action<OutboxMessage>? change = null)
    {
        var message = new OutboxMessage { Platform = Platform.Console, ChatId = "1", Text = "hello", CreatedAt = created, NextAttemptAt = created };
        change?.Invoke(message);
        return message;
    }
}

using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// The bot and the admin panel share one SQLite file and one persistent scheduler: one of them runs it at a time
/// (by lease), both can give it work, and each one-shot runs exactly once, without deadlocks. The lease's tests run
/// on SQLite alone; PostgreSQL's cluster has its own (<see cref="ClusteredSchedulerTests"/>).
/// </summary>
public sealed class SharedSchedulerTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RunLog _log = new();
    private readonly Dictionary<string, RunnerTurns> _turns = [];

    public void Dispose() => _file.Dispose();

    [Fact]
    [Trait("Database", "Sqlite")] // the lease, which only SQLite has
    public async Task TwoProcessesOnOneFile_EachOneShotRunsExactlyOnce()
    {
        // The default lease (30 s, renewed every 10): a holder's renewal would have to stall for 20 s before the
        // other could take over while it still ran, so one process runs throughout, however loaded the machine.
        var a = await StartAsync("a", settings: ("Jobs:LeaseDuration", "00:00:30"));
        var b = await StartAsync("b", settings: ("Jobs:LeaseDuration", "00:00:30"));
        await Task.WhenAny(a.Shared.FirstStart, b.Shared.FirstStart).WaitAsync(TimeSpan.FromSeconds(60));
        IScheduler[] schedulers = [await a.SharedSchedulerAsync(), await b.SharedSchedulerAsync()];
        await schedulers[0].AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
        var triggers = Enumerable.Range(1, 20).Select(i => OneShot($"once-{i}")).ToList();

        await Task.WhenAll(triggers.Select((t, i) => schedulers[i % 2].ScheduleJob(t, ScheduleJobOptions.Replacing).AsTask()));
        await WaitUntilAsync(() => triggers.All(t => _log.Triggers.Contains(t.Key.Name)));
        _log.Mark(RunnerTurns.Stops("a"));
        await a.DisposeAsync();
        _log.Mark(RunnerTurns.Stops("b"));
        await b.DisposeAsync();

        Assert.Equal(triggers.Select(t => t.Key.Name).Order(), _log.Triggers.Order());
        Assert.Equal(1, RunnerTurns.MostRunningAtOnce(_log.Events));
        Assert.Equal(0, await _file.ScalarAsync<long>("SELECT count(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'tests'"));
        Assert.Equal(0, await _file.ScalarAsync<long>("SELECT count(*) FROM QRTZ_FIRED_TRIGGERS"));
    }

    [Fact]
    [Trait("Database", "Sqlite")] // the lease, which only SQLite has
    public async Task RunnerStops_TheOtherTakesOverAndRunsWhatWasWaiting()
    {
        var a = await StartAsync("a");
        await a.Shared.FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        await using var b = await StartAsync("b");
        var scheduler = await b.SharedSchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);

        // A second request starts only after the first turn ended: b has asked, been refused and stayed in standby.
        await WaitUntilAsync(() => _turns["b"].LeaseWrites >= 2);
        _log.Mark(RunnerTurns.Stops("a"));
        await a.DisposeAsync();
        var trigger = OneShot("after-a-stopped");
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        await b.Shared.FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        var run = await b.Completions.WaitForAsync(trigger.Key);

        // b stays in standby for as long as a holds the lease, and takes over only once a lets it go.
        Assert.Equal([RunnerTurns.Runs("a"), RunnerTurns.Stops("a"), RunnerTurns.Runs("b")], _log.Marks);
        Assert.Same(scheduler, run.Scheduler);
        Assert.Equal(["after-a-stopped"], _log.Triggers);
    }

    [Fact]
    [Trait("Database", "Sqlite")] // the lease, which only SQLite has
    public async Task RunnerLosesTheLeaseForAWhile_GoesToStandbyThenTakesItBackAndRunsWhatWasWaiting()
    {
        await using var a = await StartAsync("a");
        await a.Shared.FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        var scheduler = await a.SharedSchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);

        // As if the database had been unreachable past the lease's end and another process had taken it over.
        var otherUntil = DateTimeOffset.UtcNow.AddSeconds(6).ToUnixTimeMilliseconds();
        await _file.ExecuteAsync($"UPDATE job_leases SET holder = 'another-process', expires_at = {otherUntil}");
        await WaitUntilAsync(() => _log.Events.Contains(RunnerTurns.Standby("a")));
        var trigger = OneShot("while-in-standby");
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        var run = await a.Completions.WaitForAsync(trigger.Key);

        // Run by the scheduler built on taking the lease back, never by the one left in standby.
        var current = await a.SharedSchedulerAsync();
        Assert.NotSame(scheduler, current);
        Assert.Same(current, run.Scheduler);
        Assert.Equal([RunnerTurns.Runs("a"), RunnerTurns.Standby("a"), RunnerTurns.Runs("a")], _log.Marks);
        Assert.Equal(["while-in-standby"], _log.Triggers);
    }

    [Fact]
    public async Task FirstStartFails_TheRunnerBuildsANewSchedulerOnALaterTurnAndRunsTheJobs()
    {
        await using (var migrated = await PipelineHost.StartAsync(_file, new RecordingSender()))
        {
            // Quartz checks its schema as it builds the scheduler: a table it cannot find fails the first build.
            await _file.ExecuteAsync("ALTER TABLE QRTZ_CALENDARS RENAME TO calendars_away");
        }

        var logs = new CapturingLoggerProvider();
        await using var a = await StartAsync("a", services => services.AddLogging(l => l.AddProvider(logs)));
        await WaitUntilAsync(() => logs.Lines.Any(l => l.Contains("Starting or pausing the shared jobs failed", StringComparison.Ordinal)));
        await _file.ExecuteAsync("ALTER TABLE calendars_away RENAME TO QRTZ_CALENDARS");
        await a.Shared.FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        var scheduler = await a.SharedSchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
        var trigger = OneShot("after-a-failed-start");
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        await a.Completions.WaitForAsync(trigger.Key);

        Assert.Equal(["after-a-failed-start"], _log.Triggers);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    /// <summary>Starts one process on the shared file; its turns at running the shared jobs go into the run log.</summary>
    private Task<JobsHost> StartAsync(string process, Action<IServiceCollection>? configure = null, params (string Key, string? Value)[] settings)
    {
        var turns = _turns[process] = new RunnerTurns(process, _log);
        return JobsHost.StartAsync(
            _file,
            new CountingEmbedder(),
            configure: services =>
            {
                services.AddSingleton(_log).AddTransient<RecordingJob>();
                services.AddLogging(l => l.AddProvider(turns));
                configure?.Invoke(services);
            },
            settings: settings);
    }

    private static ITrigger OneShot(string name) =>
        TriggerBuilder.Create(TimeProvider.System).ForJob(RecordingJob.Key).WithIdentity(name, "tests").StartNow().Build();
}

using System.Globalization;
using HealLink.Core.Jobs;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// Several processes on one PostgreSQL database, each a node of Quartz's cluster (a service provider of its own is a
/// process of its own): all of them run the shared scheduler at once, each trigger fires once across the cluster, and
/// a node that stops checking in mid-job has that job run again by another. It names PostgreSQL itself, so it runs in
/// the suite's first leg only (tools/test.sh).
/// </summary>
[Trait("Database", "Postgres")]
public sealed class ClusteredSchedulerTests : IDisposable
{
    private readonly TestDatabase _database = new(provider: DatabaseProvider.Postgres);
    private readonly RunLog _log = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ThreeNodes_OneShotsStoredByEach_EachRunsExactlyOnce()
    {
        var nodes = await Task.WhenAll(StartAsync("a"), StartAsync("b"), StartAsync("c"));
        try
        {
            var schedulers = await Task.WhenAll(nodes.Select(n => n.SharedSchedulerAsync()));
            await schedulers[0].AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
            var triggers = Enumerable.Range(1, 30).Select(i => OneShot($"once-{i}")).ToList();

            await Task.WhenAll(triggers.Select((t, i) => schedulers[i % 3].ScheduleJob(t, ScheduleJobOptions.Replacing).AsTask()));
            await WaitUntilAsync(async () => _log.Triggers.Count >= triggers.Count && await FiredTriggersAsync() == 0);

            Assert.All(nodes, n => Assert.True(n.Shared.IsRunning));
            Assert.Equal(triggers.Select(t => t.Key.Name).Order(), _log.Triggers.Order());
            Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = 'tests'"));
        }
        finally
        {
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task ThreeNodes_RecurringTrigger_FiresOncePerScheduledTime()
    {
        var nodes = await Task.WhenAll(StartAsync("a"), StartAsync("b"), StartAsync("c"));
        try
        {
            var scheduler = await nodes[1].SharedSchedulerAsync();
            await scheduler.AddJob(JobBuilder.Create<FireTimeJob>().WithIdentity(FireTimeJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
            const int Fires = 6;
            var trigger = TriggerBuilder.Create(TimeProvider.System)
                .ForJob(FireTimeJob.Key)
                .WithIdentity("every-second", "tests")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).WithRepeatCount(Fires - 1))
                .Build();

            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);

            // Done once the trigger has fired its last time (and is gone) and no firing is still under way.
            await WaitUntilAsync(async () =>
                await _database.ScalarAsync<long>("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'every-second'") == 0
                && await FiredTriggersAsync() == 0);
            Assert.Equal(Fires, _log.Triggers.Count);
            Assert.Equal(Fires, _log.Triggers.Distinct().Count());
        }
        finally
        {
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task NodeStopsCheckingInMidJob_AnotherNodeRecoversTheJob()
    {
        var gateA = new NodeGate("a", blocks: true);
        await using var a = await StartAsync("a", gateA);
        var schedulerA = await a.SharedSchedulerAsync();
        await schedulerA.AddJob(
            JobBuilder.Create<BlockingJob>().WithIdentity(BlockingJob.Key).StoreDurably().RequestRecovery().Build(),
            AddJobOptions.Replacing);
        await schedulerA.ScheduleJob(
            TriggerBuilder.Create(TimeProvider.System).ForJob(BlockingJob.Key).WithIdentity("long-run", "tests").StartNow().Build(),
            ScheduleJobOptions.Replacing);
        await gateA.Started.WaitAsync(TimeSpan.FromSeconds(60));

        // b joins while a is mid-job; then a dies as far as the cluster can tell: its scheduler stops without waiting
        // for the job (which never finishes there), so it never checks in again nor says the job is done.
        await using var b = await StartAsync("b", new NodeGate("b", blocks: false));
        await schedulerA.Shutdown(waitForJobsToComplete: false);
        var recovered = await b.Completions.WaitForAsync(run => run.Job.Equals(BlockingJob.Key));
        await WaitUntilAsync(async () => await FiredTriggersAsync() == 0);
        gateA.Release();

        Assert.Equal(["a starts", "b recovers"], _log.Triggers);
        Assert.Same(await b.SharedSchedulerAsync(), recovered.Scheduler);
        Assert.Null(recovered.Failure);
    }

    private Task<long> FiredTriggersAsync() => _database.ScalarAsync<long>("SELECT count(*) FROM qrtz_fired_triggers");

    /// <summary>Starts one node, waiting until it runs the shared jobs; it checks in every second, and is given up 2 s past one missed.</summary>
    private Task<JobsHost> StartAsync(string node, NodeGate? gate = null) =>
        JobsHost.StartRunningAsync(
            _database,
            new CountingEmbedder(),
            configure: services => services
                .AddSingleton(_log)
                .AddSingleton(gate ?? new NodeGate(node, blocks: false))
                .AddTransient<RecordingJob>()
                .AddTransient<FireTimeJob>()
                .AddTransient<BlockingJob>());

    private static ITrigger OneShot(string name) =>
        TriggerBuilder.Create(TimeProvider.System).ForJob(RecordingJob.Key).WithIdentity(name, "tests").StartNow().Build();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}

/// <summary>Writes down the time its trigger was due at: one line per firing of one trigger.</summary>
internal sealed class FireTimeJob(RunLog log, ILogger<FireTimeJob> logger) : HealLinkJob(logger)
{
    public static JobKey Key { get; } = new("fire-time", "tests");

    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        log.Add(context.ScheduledFireTimeUtc?.ToString("O", CultureInfo.InvariantCulture) ?? "unscheduled");
        return Task.CompletedTask;
    }
}

/// <summary>One node's part in a job that hangs: whether the job blocks there, and when it started.</summary>
internal sealed class NodeGate(string node, bool blocks)
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Node => node;

    public Task Started => _started.Task;

    /// <summary>Ends the hung job, once the test is done with it.</summary>
    public void Release() => _release.TrySetResult();

    public Task EnterAsync()
    {
        _started.TrySetResult();
        return blocks ? _release.Task : Task.CompletedTask;
    }
}

/// <summary>
/// Writes down which node ran it and whether as a recovery, then hangs on a node whose gate blocks (deaf to
/// cancellation, as a process that died would be).
/// </summary>
internal sealed class BlockingJob(NodeGate gate, RunLog log, ILogger<BlockingJob> logger) : HealLinkJob(logger)
{
    public static JobKey Key { get; } = new("blocks", "tests");

    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        log.Add($"{gate.Node} {(context.Recovering ? "recovers" : "starts")}");
        return gate.EnterAsync();
    }
}

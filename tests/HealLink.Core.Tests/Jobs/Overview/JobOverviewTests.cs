using HealLink.Core.Jobs;
using HealLink.Core.Jobs.History;
using HealLink.Core.Jobs.Overview;
using HealLink.Core.Tests.Jobs.History;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Tests.Jobs.Overview;

/// <summary>The jobs page's reading: Quartz's stored schedules as the scheduler itself sees them, and the job history.</summary>
public sealed class JobOverviewTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ReadAsync_SharedJobsRunning_ShowsEachTriggerAsTheSchedulerHoldsIt()
    {
        await using var host = await JobsHost.StartRunningAsync(
            _file,
            new CountingEmbedder(),
            settings: [("Jobs:NightlyPruneCron", "0 15 2 * * ?"), ("Jobs:NotifyWaitingMenteesInterval", "00:10:00")]);

        // The interval triggers fire once as the scheduler starts; after that their times hold still for minutes.
        await host.Completions.WaitForAsync(run => run.Job.Equals(JobSchedules.NotifyWaitingMentees));
        await host.Completions.WaitForAsync(run => run.Job.Equals(JobSchedules.ConnectionTiming));
        await host.Completions.WaitForAsync(run => run.Job.Equals(JobSchedules.ReEncryptFields));
        var scheduler = await host.SharedSchedulerAsync();
        var sut = Overview(host);

        var jobs = await sut.ReadAsync(CancellationToken.None);

        var shared = jobs.Where(j => j.Scope == JobScope.Shared).ToList();
        Assert.Equal(
            [JobSchedules.ConnectionTiming.Name, JobSchedules.NotifyWaitingMentees.Name, JobSchedules.Prune.Name, JobSchedules.ReEmbedProfiles.Name, JobSchedules.ReEncryptFields.Name],
            shared.Select(j => j.Name).Order());
        foreach (var job in shared)
        {
            var expected = Assert.Single(await scheduler.GetTriggersOfJob(new JobKey(job.Name, job.Group)));
            var actual = Assert.Single(job.Triggers);
            Assert.Equal(expected.Key.Name, actual.Name);
            Assert.Equal(expected.NextFireTimeUtc, actual.NextRun);
            Assert.Equal(expected.PreviousFireTimeUtc, actual.PreviousRun);
            Assert.Equal(actual.NextRun, job.NextRun);
            // Waiting, or blocked for a moment while its run is being completed (its jobs never run concurrently).
            Assert.Contains(actual.State, (string[])["WAITING", "ACQUIRED", "BLOCKED"]);
            Assert.Equal((expected as ICronTrigger)?.CronExpressionString, actual.Cron);
            Assert.Equal((expected as ISimpleTrigger)?.RepeatInterval, actual.Interval);
        }

        var notify = shared.Single(j => j.Name == JobSchedules.NotifyWaitingMentees.Name);
        Assert.Equal((ScheduleKind.Every, TimeSpan.FromMinutes(10)), (notify.Triggers[0].Kind, notify.Triggers[0].Interval));
        Assert.Equal(JobOutcome.Succeeded, notify.LastRun?.Outcome);
        var prune = shared.Single(j => j.Name == JobSchedules.Prune.Name).Triggers[0];
        Assert.Equal(("0 15 2 * * ?", ScheduleKind.Cron), (prune.Cron, prune.Kind));
    }

    [Fact]
    public async Task ReadAsync_ReEmbedNowWhileNoProcessRunsTheSharedJobs_ShowsItQueuedBesideTheNightlyRun()
    {
        await using var host = await JobsHost.StartAsync(_file, new CountingEmbedder(), settings: ("Jobs:Enabled", "false"));
        var asked = DateTimeOffset.UtcNow;
        await host.Trigger.ReEmbedNowAsync(CancellationToken.None);

        var jobs = await Overview(host).ReadAsync(CancellationToken.None);

        var sut = jobs.Single(j => j.Name == JobSchedules.ReEmbedProfiles.Name);
        var queued = Assert.Single(sut.Triggers, t => t.Kind == ScheduleKind.Once);
        Assert.Equal(JobSchedules.ReEmbedNowDescription, queued.Description);
        Assert.InRange(queued.NextRun!.Value, asked.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.Equal(queued.NextRun, sut.NextRun);
        Assert.Single(sut.Triggers, t => t.Kind == ScheduleKind.Cron && t.Name == JobSchedules.NightlyReEmbed.Name);
    }

    [Fact]
    public async Task ReadAsync_LocalJobRan_ShowsItsDeclaredIntervalLastRunAndTheNextOneAfterIt()
    {
        await using var host = await JobsHost.StartAsync(_file, new CountingEmbedder());
        await host.RefreshIndexAsync();
        await JobHistoryRowsOf(host);

        var jobs = await Overview(host).ReadAsync(CancellationToken.None);

        var sut = jobs.Single(j => j.Name == JobSchedules.RefreshIntroIndex.Name);
        Assert.Equal(JobScope.Local, sut.Scope);
        var trigger = Assert.Single(sut.Triggers);
        Assert.Equal((ScheduleKind.Every, TimeSpan.FromHours(1)), (trigger.Kind, trigger.Interval));
        Assert.NotNull(sut.LastRun);
        Assert.Equal(sut.LastRun.StartedAt + TimeSpan.FromHours(1), sut.NextRun);
        Assert.Null(sut.LastFailure);
    }

    [Fact]
    public async Task ReadAsync_FailedThenSucceeded_LastRunIsTheSuccessAndTheFailureIsKept()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddRunAsync(database, Now.AddMinutes(-10), JobOutcome.Failed);
        await AddRunAsync(database, Now.AddMinutes(-1), JobOutcome.Succeeded);
        var sut = new JobOverview(database.Contexts, Options.Create(new JobsOptions { IndexRefreshInterval = TimeSpan.FromMinutes(5) }), new FixedTimeProvider(Now));

        var job = (await sut.ReadAsync(CancellationToken.None)).Single(j => j.Name == JobSchedules.RefreshIntroIndex.Name);

        Assert.Equal((JobOutcome.Succeeded, Now.AddMinutes(-1)), (job.LastRun?.Outcome, job.LastRun?.StartedAt));
        Assert.Equal((Now.AddMinutes(-10), "IOException", "disk full"), (job.LastFailure?.StartedAt, job.LastFailure?.FailureType, job.LastFailure?.FailureMessage));
        Assert.Equal(Now.AddMinutes(4), job.NextRun);
    }

    [Fact]
    public async Task ReadAsync_LocalJobLastRanLongAgo_HasNoNextRun()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddRunAsync(database, Now.AddHours(-3), JobOutcome.Succeeded);
        var sut = new JobOverview(database.Contexts, Options.Create(new JobsOptions { IndexRefreshInterval = TimeSpan.FromMinutes(5) }), new FixedTimeProvider(Now));

        var job = (await sut.ReadAsync(CancellationToken.None)).Single(j => j.Name == JobSchedules.RefreshIntroIndex.Name);

        Assert.NotNull(job.LastRun);
        Assert.Null(job.NextRun);
    }

    private static JobOverview Overview(JobsHost host) =>
        new(host.Pipeline.Contexts, host.Services.GetRequiredService<IOptions<JobsOptions>>(), TimeProvider.System);

    private static async Task JobHistoryRowsOf(JobsHost host)
    {
        var refresh = host.Completions.Runs.Last(r => r.Job.Equals(JobSchedules.RefreshIntroIndex));
        await JobHistoryRows.WaitForAsync(host, refresh.Trigger.Name);
    }

    private static async Task AddRunAsync(MigratedDatabase database, DateTimeOffset started, JobOutcome outcome)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        db.JobExecutions.Add(new JobExecution
        {
            Scheduler = JobSchedules.Local,
            JobGroup = JobSchedules.RefreshIntroIndex.Group,
            JobName = JobSchedules.RefreshIntroIndex.Name,
            Trigger = "refresh-intro-index-every",
            ProcessId = "host/1/a",
            StartedAt = started,
            FinishedAt = started.AddSeconds(1),
            Outcome = outcome,
            FailureType = outcome == JobOutcome.Failed ? "IOException" : null,
            FailureMessage = outcome == JobOutcome.Failed ? "disk full" : null,
        });
        await db.SaveChangesAsync();
    }
}

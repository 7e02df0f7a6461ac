using HealLink.Core.Jobs;
using HealLink.Core.Jobs.History;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Tests.Jobs.History;

/// <summary>The history keeps each job's newest runs of each outcome, however often the job runs.</summary>
public sealed class JobHistoryPrunerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PruneAsync_MoreRunsThanKept_KeepsTheNewestOfEachJobAndOutcome()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddRunsAsync(database, "frequent", JobOutcome.Failed, 2);
        await AddRunsAsync(database, "frequent", JobOutcome.Succeeded, 10);
        await AddRunsAsync(database, "nightly", JobOutcome.Succeeded, 2);
        var sut = new JobHistoryPruner(database.Contexts, Options.Create(new JobsOptions { HistoryRunsKept = 3 }), NullLogger<JobHistoryPruner>.Instance);

        var removed = await sut.PruneAsync(CancellationToken.None);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var left = await db.JobExecutions.OrderBy(r => r.Id).Select(r => new { r.JobName, r.Outcome, r.Trigger }).ToListAsync();
        Assert.Equal(7, removed);
        Assert.Equal(
            ["frequent Failed 0", "frequent Failed 1", "frequent Succeeded 7", "frequent Succeeded 8", "frequent Succeeded 9", "nightly Succeeded 0", "nightly Succeeded 1"],
            left.Select(r => $"{r.JobName} {r.Outcome} {r.Trigger}"));
    }

    [Fact]
    public async Task PruneAsync_NothingBeyondWhatIsKept_RemovesNothing()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddRunsAsync(database, "nightly", JobOutcome.Succeeded, 3);
        var sut = new JobHistoryPruner(database.Contexts, Options.Create(new JobsOptions { HistoryRunsKept = 3 }), NullLogger<JobHistoryPruner>.Instance);

        Assert.Equal(0, await sut.PruneAsync(CancellationToken.None));
        Assert.Equal(3, await database.File.ScalarAsync<long>("SELECT count(*) FROM job_executions"));
    }

    [Fact]
    public async Task PruneJob_RunByTheScheduler_PrunesTheJobHistory()
    {
        using var file = new TestDatabase();
        await using var host = await JobsHost.StartRunningAsync(file, new CountingEmbedder(), settings: ("Jobs:HistoryRunsKept", "2"));
        await AddRunsAsync(host, "frequent", JobOutcome.Succeeded, 5);

        var scheduler = await host.SharedSchedulerAsync();
        var now = TriggerBuilder.Create(TimeProvider.System).ForJob(JobSchedules.Prune).WithIdentity("test-prune-history", "tests").StartNow().Build();
        await scheduler.ScheduleJob(now, ScheduleJobOptions.Replacing, CancellationToken.None);
        await host.Completions.WaitForAsync(now.Key);

        Assert.Equal(2, await file.ScalarAsync<long>("SELECT count(*) FROM job_executions WHERE job_name = 'frequent'"));
    }

    private static async Task AddRunsAsync(MigratedDatabase database, string job, JobOutcome outcome, int count)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        db.JobExecutions.AddRange(Runs(job, outcome, count));
        await db.SaveChangesAsync();
    }

    private static async Task AddRunsAsync(JobsHost host, string job, JobOutcome outcome, int count) =>
        await host.Pipeline.QueryAsync(db =>
        {
            db.JobExecutions.AddRange(Runs(job, outcome, count));
            return db.SaveChangesAsync();
        });

    private static IEnumerable<JobExecution> Runs(string job, JobOutcome outcome, int count) =>
        Enumerable.Range(0, count).Select(i => new JobExecution
        {
            Scheduler = JobSchedules.Shared,
            JobGroup = "tests",
            JobName = job,
            Trigger = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProcessId = "host/1/a",
            StartedAt = Start.AddMinutes(i),
            FinishedAt = Start.AddMinutes(i).AddSeconds(1),
            Outcome = outcome,
            FailureType = outcome == JobOutcome.Failed ? "IOException" : null,
        });
}

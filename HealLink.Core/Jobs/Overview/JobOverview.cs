using HealLink.Core.Jobs.History;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Jobs.Overview;

/// <summary>
/// Every job, for the jobs page: the shared ones with their triggers from Quartz's tables, the local ones from their
/// declared intervals (<see cref="JobSchedules.LocalSchedules"/>; their triggers live in each process's memory), each
/// with its last run and last failure from the job history. Read-only; a run is asked for through <see cref="IJobTrigger"/>.
/// </summary>
public sealed class JobOverview(IDbContextFactory<HealLinkDbContext> contexts, IOptions<JobsOptions> options, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<JobStatus>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shared = await SharedTriggers.ReadAsync(db, cancellationToken);
        var jobs = new List<JobStatus>();
        foreach (var ((group, name), triggers) in shared)
        {
            var (last, failure) = await LastRunsAsync(db, group, name, cancellationToken);
            var next = triggers.Select(t => t.NextRun).Where(t => t is not null).DefaultIfEmpty(null).Min();
            jobs.Add(new JobStatus(group, name, JobScope.Shared, triggers, next, last, failure));
        }

        foreach (var local in JobSchedules.LocalSchedules(options.Value))
        {
            var (last, failure) = await LastRunsAsync(db, local.Job.Group, local.Job.Name, cancellationToken);
            var next = EstimateNext(last, local.Interval);
            var trigger = new TriggerSchedule(JobSchedules.EveryTriggerName(local.Job), ScheduleKind.Every, null, local.Interval, null, null, next, last?.StartedAt);
            jobs.Add(new JobStatus(local.Job.Group, local.Job.Name, JobScope.Local, [trigger], next, last, failure));
        }

        return jobs;
    }

    /// <summary>
    /// A local job runs its interval after its last start, in whichever process ran it last; when that moment is well
    /// past, no process is running it (none is up, or its jobs are off), and there is no next run to show.
    /// </summary>
    private DateTimeOffset? EstimateNext(JobRunSummary? last, TimeSpan interval)
    {
        if (last is null)
        {
            return null;
        }

        var next = last.StartedAt + interval;
        return next + interval < timeProvider.GetUtcNow() ? null : next;
    }

    /// <summary>The newest run of each outcome, each found through the history's index, and of those the newest.</summary>
    private static async Task<(JobRunSummary? Last, JobRunSummary? LastFailure)> LastRunsAsync(
        HealLinkDbContext db, string group, string name, CancellationToken cancellationToken)
    {
        var newest = new List<JobExecution>();
        foreach (var outcome in Enum.GetValues<JobOutcome>())
        {
            var run = await db.JobExecutions.AsNoTracking()
                .Where(r => r.JobGroup == group && r.JobName == name && r.Outcome == outcome)
                .OrderByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (run is not null)
            {
                newest.Add(run);
            }
        }

        var last = newest.MaxBy(r => r.Id);
        var failure = newest.FirstOrDefault(r => r.Outcome == JobOutcome.Failed);
        return (last is null ? null : JobRunSummary.From(last), failure is null ? null : JobRunSummary.From(failure));
    }
}

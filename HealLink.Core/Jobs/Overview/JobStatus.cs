using HealLink.Core.Jobs.History;

namespace HealLink.Core.Jobs.Overview;

/// <summary>One job as the jobs page shows it: its schedules, when it runs next, how its last run and last failure went.</summary>
/// <param name="NextRun">The soonest of its triggers' next runs; for a local job, an estimate from its last run.</param>
public sealed record JobStatus(
    string Group,
    string Name,
    JobScope Scope,
    IReadOnlyList<TriggerSchedule> Triggers,
    DateTimeOffset? NextRun,
    JobRunSummary? LastRun,
    JobRunSummary? LastFailure);

public enum JobScope
{
    /// <summary>Run once for the whole deployment: by the process holding the lease on SQLite, by any one node of the cluster on PostgreSQL.</summary>
    Shared,

    /// <summary>Run by every process for itself.</summary>
    Local,
}

public enum ScheduleKind
{
    Cron,
    Every,

    /// <summary>A one-shot, waiting to run (a "re-embed now", say).</summary>
    Once,

    /// <summary>A kind of trigger HealLink does not declare.</summary>
    Other,
}

/// <param name="State">Quartz's state for a stored trigger (WAITING, ACQUIRED, PAUSED, BLOCKED, ERROR); null for a local one.</param>
public sealed record TriggerSchedule(
    string Name,
    ScheduleKind Kind,
    string? Cron,
    TimeSpan? Interval,
    string? Description,
    string? State,
    DateTimeOffset? NextRun,
    DateTimeOffset? PreviousRun);

/// <summary>One run from the job history.</summary>
public sealed record JobRunSummary(
    string ProcessId,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    JobOutcome Outcome,
    string? FailureType,
    string? FailureMessage)
{
    public TimeSpan Duration => FinishedAt - StartedAt;

    internal static JobRunSummary From(JobExecution run) =>
        new(run.ProcessId, run.Trigger, run.StartedAt, run.FinishedAt, run.Outcome, run.FailureType, run.FailureMessage);
}

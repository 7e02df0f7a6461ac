namespace HealLink.Core.Jobs.History;

/// <summary>
/// One run of a job, by either scheduler, in any process: what the jobs page reads for a job's last run and last
/// failure. Holds nothing a person wrote: a failure is its exception's type and a shortened first line of its message
/// (jobs keep people's words out of exception messages, see <see cref="HealLinkJob"/>). Kept bounded by
/// <see cref="JobHistoryPruner"/>.
/// </summary>
public sealed class JobExecution
{
    public const int MaxFailureMessageLength = 200;

    public long Id { get; set; }

    /// <summary><see cref="JobSchedules.Shared"/> or <see cref="JobSchedules.Local"/>.</summary>
    public required string Scheduler { get; set; }

    public required string JobGroup { get; set; }

    public required string JobName { get; set; }

    /// <summary>The schedule that fired it, or what a one-shot was for ("re-embed now"); never whom it was for.</summary>
    public required string Trigger { get; set; }

    /// <summary>The <see cref="Hosting.ProcessIdentity.Id"/> of the process that ran it.</summary>
    public required string ProcessId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public JobOutcome Outcome { get; set; }

    /// <summary>The exception's type name, for a failed run.</summary>
    public string? FailureType { get; set; }

    public string? FailureMessage { get; set; }
}

public enum JobOutcome
{
    Succeeded,

    Failed,

    /// <summary>Stopped by the process shutting down; the next run picks the work up.</summary>
    Cancelled,
}

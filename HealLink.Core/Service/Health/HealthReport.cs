namespace HealLink.Core.Service.Health;

/// <summary>The health page's figures: whether the database answers, the outbox's backlog, and each bot process.</summary>
/// <param name="DatabaseProblem">Why the database did not answer (an exception's type), or null when it did.</param>
public sealed record HealthReport(
    bool DatabaseReachable,
    string? DatabaseProblem,
    OutboxBacklog? Outbox,
    IReadOnlyList<ProcessHealth> Processes)
{
    public static HealthReport Unreachable(string problem) => new(false, problem, null, []);
}

/// <param name="Pending">Messages not yet delivered nor given up on.</param>
/// <param name="Retrying">Of those, how many have failed at least once and wait for another attempt.</param>
/// <param name="OldestPendingSince">When the oldest of them was written.</param>
/// <param name="FailedLastDay">Messages given up on (a blocked bot, too many attempts) in the last 24 hours.</param>
public sealed record OutboxBacklog(int Pending, int Retrying, DateTimeOffset? OldestPendingSince, int FailedLastDay);

public enum ProcessState
{
    Running,

    /// <summary>It said it was stopping.</summary>
    Stopped,

    /// <summary>It stopped reporting without saying so: crashed, killed, or cut off from the database.</summary>
    Gone,
}

/// <param name="RunsSharedJobs">True when this process runs the shared jobs: it holds their lease (SQLite), or it is a live node of their cluster (PostgreSQL).</param>
public sealed record ProcessHealth(
    string Id,
    string Host,
    int OsProcessId,
    string? Version,
    ProcessState State,
    DateTimeOffset StartedAt,
    DateTimeOffset LastSeenAt,
    IReadOnlyList<ChannelReport> Channels,
    string? Embedder,
    string? EmbedderNote,
    long WorkingSetBytes,
    bool RunsSharedJobs,
    IReadOnlyList<ModelReport> Models,
    DateTimeOffset? ModelUnloadRequestedAt);

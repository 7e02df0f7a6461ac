namespace HealLink.Core.Jobs.Leases;

/// <summary>
/// Who holds a role only one process may hold at a time, until when (<see cref="Service.Leadership.LeaderElection"/>):
/// running the shared scheduler on SQLite, holding Discord's Gateway.
/// </summary>
public sealed class JobLease
{
    /// <summary>Who runs the shared scheduler on SQLite; the row is created by migration 0005.</summary>
    public const string SharedScheduler = "shared-scheduler";

    public required string Name { get; set; }

    /// <summary>The holding process's id, or empty when nobody has held it yet.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

namespace HealLink.Core.Jobs.Leases;

/// <summary>Who may run the shared scheduler until when; see <see cref="JobLeases"/>.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    /// <summary>The holding process's id, or empty when nobody has held it yet.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

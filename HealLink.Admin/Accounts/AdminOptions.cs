using System.ComponentModel.DataAnnotations;

namespace HealLink.Admin.Accounts;

/// <summary>How the panel guards its accounts and sessions (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    [Range(1, 100)]
    public int LockoutAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts (posts) per minute from one address, whatever the account.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a session lasts without activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How often a session is checked against its account (security stamp): a suspended admin or a changed
    /// password ends other sessions within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SessionRecheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Outside development, refuse plain HTTP (see <c>TransportSecurity</c>); off only for a local first look.</summary>
    public bool RequireHttps { get; set; } = true;

    [Range(12, 128)]
    public int MinimumPasswordLength { get; set; } = 12;
}

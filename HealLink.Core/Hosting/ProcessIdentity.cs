namespace HealLink.Core.Hosting;

/// <summary>
/// This running process, as the others and the admin panel know it: in the job lease, in every job run it records and
/// in the status it reports. The random part tells apart processes that share a host name and a process id
/// (containers each start their process as 1, and a restart may be given the same id).
/// </summary>
public sealed class ProcessIdentity
{
    /// <summary>Longest host name kept: the id stays short enough for every column that holds it (200).</summary>
    private const int MaxHostLength = 64;

    public ProcessIdentity(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var host = Environment.MachineName;
        Host = host.Length > MaxHostLength ? host[..MaxHostLength] : host;
        OsProcessId = Environment.ProcessId;
        Id = $"{Host}/{OsProcessId}/{Guid.NewGuid():N}";
        StartedAt = timeProvider.GetUtcNow();
    }

    /// <summary>Host name, process id and a random part: unique to this run of this process.</summary>
    public string Id { get; }

    public string Host { get; }

    public int OsProcessId { get; }

    public DateTimeOffset StartedAt { get; }
}

namespace HealLink.Core.Service.Health;

/// <summary>
/// What one bot process last said about itself (<see cref="ProcessStatusWriter"/>): its channels, the embedder it
/// loaded, its memory. A row not renewed for a few report intervals belongs to a process that is gone; rows are
/// forgotten <see cref="ProcessStatusOptions.ForgetAfter"/> after their last report.
/// </summary>
public sealed class ProcessStatus
{
    /// <summary>The process's <see cref="Hosting.ProcessIdentity.Id"/>.</summary>
    public required string Id { get; set; }

    public required string Host { get; set; }

    public int OsProcessId { get; set; }

    /// <summary>The running build's version, so a deployment half-way through an upgrade shows as one.</summary>
    public string? Version { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>How often it reports: a reader judges each process gone by its own interval.</summary>
    public TimeSpan ReportInterval { get; set; }

    /// <summary>Set when the process stopped as asked; a process that died never sets it.</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    public List<ChannelReport> Channels { get; set; } = [];

    /// <summary>The embedder's id and width, e.g. "all-MiniLM-L6-v2 (384 dimensions)".</summary>
    public string? Embedder { get; set; }

    /// <summary>Why it is not the neural model, when it is not.</summary>
    public string? EmbedderNote { get; set; }

    public long WorkingSetBytes { get; set; }

    /// <summary>The models it holds in its own memory (the icebreakers' GGUF), loaded or not.</summary>
    public List<ModelReport> Models { get; set; } = [];

    /// <summary>
    /// Set by an admin's "Unload the model now"; the process reads and clears it with its next report, then unloads.
    /// A row rather than a job: each process holds its own model, and only this process can let go of it.
    /// </summary>
    public DateTimeOffset? ModelUnloadRequestedAt { get; set; }
}

/// <summary>One chat platform as a process sees it: whether it works, in a few words, and since when.</summary>
public sealed record ChannelReport(string Name, bool Healthy, string State, DateTimeOffset Since);

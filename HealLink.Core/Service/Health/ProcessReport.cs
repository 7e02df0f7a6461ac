namespace HealLink.Core.Service.Health;

/// <summary>What a process says about itself at one moment; <see cref="ProcessStatusWriter"/> stores it.</summary>
public sealed record ProcessReport(
    IReadOnlyList<ChannelReport> Channels,
    string? Embedder,
    string? EmbedderNote,
    long WorkingSetBytes,
    string? Version);

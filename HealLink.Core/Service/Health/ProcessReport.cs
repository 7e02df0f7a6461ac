namespace HealLink.Core.Service.Health;

/// <summary>What a process says about itself at one moment; <see cref="ProcessStatusWriter"/> stores it.</summary>
public sealed record ProcessReport(
    IReadOnlyList<ChannelReport> Channels,
    string? Embedder,
    string? EmbedderNote,
    long WorkingSetBytes,
    string? Version,
    IReadOnlyList<ModelReport> Models);

/// <summary>What the panel asked of the process, read with its report.</summary>
/// <param name="UnloadModels">An admin asked it to unload its in-process models now.</param>
public sealed record ProcessInstructions(bool UnloadModels)
{
    public static ProcessInstructions None { get; } = new(false);
}

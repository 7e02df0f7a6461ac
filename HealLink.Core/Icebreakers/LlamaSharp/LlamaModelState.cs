namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// The in-process model as health reporting shows it. Memory figures are the process's resident set size, taken
/// just before the last load, just after it, and just after the last unload (with the native heap trimmed); null
/// until that has happened.
/// </summary>
public sealed record LlamaModelState(
    bool IsLoaded,
    DateTimeOffset? LastUsed,
    DateTimeOffset? LoadedAt,
    TimeSpan? LastLoadDuration,
    long? ResidentBytesBeforeLoad,
    long? ResidentBytesLoaded,
    long? ResidentBytesAfterUnload,
    int Loads,
    int Unloads,
    bool UsesModelsOwnTemplate);

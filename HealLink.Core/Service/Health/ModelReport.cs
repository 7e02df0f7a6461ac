namespace HealLink.Core.Service.Health;

/// <summary>
/// A model a process holds in its own memory, as the health page shows it. The memory figures are the process's
/// resident set just before the last load, just after it, and just after the last unload (native heap trimmed), so an
/// admin sees what the model costs and that unloading gives it back; null until that has happened.
/// </summary>
/// <param name="Purpose">What it is for, e.g. "icebreakers".</param>
/// <param name="Name">The model file's name.</param>
public sealed record ModelReport(
    string Purpose,
    string Name,
    bool Loaded,
    DateTimeOffset? LastUsed,
    TimeSpan? LastLoadDuration,
    long? ResidentBytesBeforeLoad,
    long? ResidentBytesLoaded,
    long? ResidentBytesAfterUnload,
    int Loads,
    int Unloads);

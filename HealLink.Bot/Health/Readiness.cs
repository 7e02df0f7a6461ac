using HealLink.Core.Service.Health;

namespace HealLink.Bot.Health;

/// <summary>
/// What /health/ready answers: ready or not, why not, and the figures behind it. Counts, states and sizes only:
/// never message text nor ids of people or chats.
/// </summary>
/// <param name="Problems">Each reason it is not ready, in a few words; empty when ready.</param>
public sealed record Readiness(
    bool Ready,
    IReadOnlyList<string> Problems,
    DatabaseReadiness Database,
    IReadOnlyList<ChannelReport> Channels,
    OutboxReadiness? Outbox,
    IReadOnlyList<ModelReadiness> Models,
    MemoryReadiness Memory);

/// <param name="Problem">The kind of failure (an exception's type), or null when it answered.</param>
public sealed record DatabaseReadiness(bool Reachable, string? Problem);

/// <param name="Pending">Messages not yet delivered nor given up on: the backlog.</param>
/// <param name="OldestPendingAgeSeconds">How long the oldest of them has waited; null when there are none.</param>
public sealed record OutboxReadiness(int Pending, int Retrying, double? OldestPendingAgeSeconds, double MaxAgeSeconds, int FailedLastDay);

public sealed record ModelReadiness(string Purpose, string Name, bool Loaded, DateTimeOffset? LastUsed);

public sealed record MemoryReadiness(long WorkingSetBytes, long ManagedHeapBytes);

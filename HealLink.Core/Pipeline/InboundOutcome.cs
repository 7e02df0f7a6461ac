namespace HealLink.Core.Pipeline;

/// <summary>What became of one inbound message.</summary>
/// <param name="IsDuplicate">The same update was handled before; nothing was done this time.</param>
/// <param name="OutboxIds">The replies it produced, committed to the outbox, in order.</param>
public sealed record InboundOutcome(bool IsDuplicate, IReadOnlyList<long> OutboxIds)
{
    public static InboundOutcome Duplicate { get; } = new(true, []);
}

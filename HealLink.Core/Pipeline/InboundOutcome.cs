namespace HealLink.Core.Pipeline;

/// <summary>What became of one inbound message.</summary>
/// <param name="IsDuplicate">The same update was handled before; nothing was done this time.</param>
/// <param name="OutboxIds">The replies it produced, committed to the outbox, in order.</param>
/// <param name="IntroSavedFor">The person whose finished profile's intro it saved (finishing onboarding, or an edit).</param>
public sealed record InboundOutcome(bool IsDuplicate, IReadOnlyList<long> OutboxIds, long? IntroSavedFor = null)
{
    public static InboundOutcome Duplicate { get; } = new(true, []);
}

namespace HealLink.Core.Conversations;

/// <summary>
/// Work the conversation asks for but cannot do itself, because it needs more than the person's own profile: the
/// pipeline fulfils each one in the same transaction, and its replies follow the handler's.
/// </summary>
public abstract record ConversationIntent
{
    private ConversationIntent()
    {
    }

    /// <summary>Show mentor cards, starting after the first <paramref name="Skip"/> (for "Show more").</summary>
    public sealed record FindMatches(int Skip) : ConversationIntent;

    /// <summary>Ask the best mentor available right now ("Choose for me").</summary>
    public sealed record ChooseForMe : ConversationIntent;

    /// <summary>Mentor cards narrowed by the mentee's own filters (/browse).</summary>
    public sealed record Browse(Matching.BrowseFilter Filter, int Skip) : ConversationIntent;

    /// <summary>Ask this mentor, chosen from a card.</summary>
    public sealed record ConnectTo(long MentorId) : ConversationIntent;

    /// <summary>Send the person everything held about them (/export).</summary>
    public sealed record ExportPerson : ConversationIntent;

    /// <summary>Erase everything held about the person, as they confirmed (/delete).</summary>
    public sealed record ErasePerson : ConversationIntent;
}

/// <summary>What one input produced: replies to send now, and intents for the pipeline to fulfil.</summary>
public sealed record TurnOutcome(IReadOnlyList<Messaging.Reply> Replies, IReadOnlyList<ConversationIntent> Intents);

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

    /// <summary>The mentor's Accept or Decline on a request.</summary>
    public sealed record AnswerRequest(long ConnectionId, bool Accept) : ConversationIntent;

    /// <summary>The mentor's optional reason after declining.</summary>
    public sealed record ExplainDecline(long ConnectionId, Connections.DeclineReason Reason) : ConversationIntent;

    /// <summary>The mentee takes back a request the mentor has not answered.</summary>
    public sealed record Withdraw(long ConnectionId) : ConversationIntent;

    /// <summary>Pass this text to the other person of the conversation; <paramref name="Crisis"/> when it read as one.</summary>
    public sealed record Relay(long ConnectionId, string Text, bool Crisis) : ConversationIntent;

    /// <summary>Pass a copy of this photo, voice note or the like to the other person of the conversation.</summary>
    public sealed record RelayMedia(long ConnectionId, Messaging.MediaInput Media, bool Crisis) : ConversationIntent;

    /// <summary>The person edited a message: the other person of its conversation gets the new text as a note.</summary>
    public sealed record RelayEdit(string MessageId, string Text) : ConversationIntent;

    /// <summary>End the conversation (or request), or block the other person, which also ends it.</summary>
    public sealed record EndConnection(long ConnectionId, Connections.EndReason Reason) : ConversationIntent;

    /// <summary>A 1–5 rating of a connection that ended.</summary>
    public sealed record Rate(long ConnectionId, int Score) : ConversationIntent;

    /// <summary>The optional comment after a rating.</summary>
    public sealed record Comment(string Text) : ConversationIntent;

    /// <summary>Tell coordinators something is wrong in this conversation, with its last messages.</summary>
    public sealed record Report(long ConnectionId) : ConversationIntent;

    /// <summary>/icebreaker: a few fresh opening questions for this conversation.</summary>
    public sealed record SuggestOpenings(long ConnectionId) : ConversationIntent;

    /// <summary>Words that read as a crisis, outside a conversation: coordinators get a flag.</summary>
    public sealed record FlagCrisis(Safety.CrisisSource Source, string Text) : ConversationIntent;
}

/// <summary>What one input produced: replies to send now, and intents for the pipeline to fulfil.</summary>
public sealed record TurnOutcome(IReadOnlyList<Messaging.Reply> Replies, IReadOnlyList<ConversationIntent> Intents);

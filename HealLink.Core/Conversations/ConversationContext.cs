using HealLink.Core.Connections;
using HealLink.Core.Languages;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>The tracked entities one input is applied to; <see cref="ConversationHandler"/> changes them in place.</summary>
public sealed record ConversationContext(Person Person, Profile Profile, ConversationState State)
{
    /// <summary>The person's open requests and conversations, to route what they type; read-only here.</summary>
    public IReadOnlyList<ConnectionSummary> Connections { get; init; } = [];

    /// <summary>
    /// The conversation this input was written in, when the platform says so: a message in a conversation's thread,
    /// or a reply to one of its messages. Null when it was written in the chat itself.
    /// </summary>
    public long? AddressedConnectionId { get; init; }

    /// <summary>What the bot says to this person, in their language.</summary>
    internal CopyTable Copy => CopyTable.For(Person.Language);
}

using HealLink.Core.Connections;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>The tracked entities one input is applied to; <see cref="ConversationHandler"/> changes them in place.</summary>
public sealed record ConversationContext(Person Person, Profile Profile, ConversationState State)
{
    /// <summary>The person's open requests and conversations, to route what they type; read-only here.</summary>
    public IReadOnlyList<ConnectionSummary> Connections { get; init; } = [];
}

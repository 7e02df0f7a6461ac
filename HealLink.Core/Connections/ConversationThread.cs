using HealLink.Core.Messaging;

namespace HealLink.Core.Connections;

/// <summary>
/// The thread a conversation has in one person's chat (a Telegram topic named after the other person): messages of
/// the conversation go there, and whatever the person writes there goes to the conversation.
/// </summary>
public sealed class ConversationThread
{
    public long ConnectionId { get; set; }

    public Platform Platform { get; set; }

    public required string ChatId { get; set; }

    public required string ThreadId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

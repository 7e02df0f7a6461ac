namespace HealLink.Core.Conversations;

/// <summary>The Spanish column of <see cref="ConversationCopy"/>.</summary>
internal sealed class SpanishConversationCopy : ConversationCopy
{
}

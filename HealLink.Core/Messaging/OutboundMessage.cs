namespace HealLink.Core.Messaging;

/// <summary>A message to deliver, addressed; what the outbox stores and channels render.</summary>
public sealed record OutboundMessage(
    ChatAddress To,
    OutboundKind Kind,
    string Text,
    IReadOnlyList<IReadOnlyList<Button>> Buttons)
{
    public static OutboundMessage From(ChatAddress to, Reply reply) =>
        new(to, OutboundKind.Text, reply.Text, reply.Buttons);

    public static OutboundMessage TypingHint(ChatAddress to) => new(to, OutboundKind.Typing, "", []);
}

public enum OutboundKind
{
    /// <summary>Text with optional buttons.</summary>
    Text,

    /// <summary>"typing…" shown while slow work runs; never retried, since a late hint is worse than none.</summary>
    Typing,
}

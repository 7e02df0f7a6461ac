namespace HealLink.Core.Messaging;

/// <summary>A message to deliver, addressed; what the outbox stores and channels render.</summary>
public sealed record OutboundMessage(
    ChatAddress To,
    OutboundKind Kind,
    string Text,
    IReadOnlyList<IReadOnlyList<Button>> Buttons)
{
    /// <summary>
    /// The person whose words or profile this message carries to someone else (a request card, a relayed message), so
    /// that erasing them also removes it from the outbox; null for the bot's own words.
    /// </summary>
    public long? AboutPersonId { get; init; }

    public static OutboundMessage From(ChatAddress to, Reply reply) =>
        new(to, OutboundKind.Text, reply.Text, reply.Buttons);

    /// <summary>A message to one person carrying another's words or profile.</summary>
    public static OutboundMessage About(long personId, ChatAddress to, Reply reply) =>
        From(to, reply) with { AboutPersonId = personId };

    public static OutboundMessage TypingHint(ChatAddress to) => new(to, OutboundKind.Typing, "", []);
}

public enum OutboundKind
{
    /// <summary>Text with optional buttons.</summary>
    Text,

    /// <summary>"typing…" shown while slow work runs; never retried, since a late hint is worse than none.</summary>
    Typing,
}

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

    /// <summary>
    /// The conversation this message belongs to: on a platform with topics it goes into that conversation's topic,
    /// and a reply to it is routed back to that conversation.
    /// </summary>
    public long? ConnectionId { get; init; }

    /// <summary>For <see cref="OutboundKind.Copy"/>: the message to copy, in the chat it was sent in.</summary>
    public MessageRef? CopyOf { get; init; }

    /// <summary>
    /// For <see cref="OutboundKind.Copy"/> across platforms (or on one that cannot copy): the file the sender downloads
    /// and uploads again; <see cref="CopyOf"/> alone serves only a copy within the platform that can make it.
    /// </summary>
    public RelayedFile? File { get; init; }

    public static OutboundMessage From(ChatAddress to, Reply reply) =>
        new(to, OutboundKind.Text, reply.Text, reply.Buttons);

    /// <summary>For <see cref="OutboundKind.Document"/>: the file's name; its content is the text.</summary>
    public string? FileName { get; init; }

    /// <summary>A file sent as a document: a UTF-8 text file named <paramref name="fileName"/>.</summary>
    public static OutboundMessage Document(ChatAddress to, string fileName, string content) =>
        new(to, OutboundKind.Document, content, []) { FileName = fileName };

    /// <summary>A message to one person carrying another's words or profile.</summary>
    public static OutboundMessage About(long personId, ChatAddress to, Reply reply) =>
        From(to, reply) with { AboutPersonId = personId };

    public static OutboundMessage TypingHint(ChatAddress to) => new(to, OutboundKind.Typing, "", []);

    public static OutboundMessage CloseThread(ChatAddress to, long connectionId) =>
        new(to, OutboundKind.CloseThread, "", []) { ConnectionId = connectionId };
}

public enum OutboundKind
{
    /// <summary>Text with optional buttons.</summary>
    Text,

    /// <summary>"typing…" shown while slow work runs; never retried, since a late hint is worse than none.</summary>
    Typing,

    /// <summary>A copy of a person's message (a photo, a voice note…), with no link to its sender; the text is its caption.</summary>
    Copy,

    /// <summary>
    /// Opens a thread for <see cref="OutboundMessage.ConnectionId"/> in the chat, named by the text, where the platform
    /// has them (Telegram's topics in private chats); elsewhere it is a no-op.
    /// </summary>
    OpenThread,

    /// <summary>
    /// Closes <see cref="OutboundMessage.ConnectionId"/>'s thread in the chat when the conversation ends (Discord archives
    /// and locks it); a no-op where there is none or the platform keeps its threads.
    /// </summary>
    CloseThread,

    /// <summary>A text file (the person's data export), sent as a document.</summary>
    Document,
}

/// <summary>A message as the platform identifies it: the chat it is in and its id there.</summary>
public sealed record MessageRef(string ChatId, string MessageId);

using HealLink.Core.Messaging;

namespace HealLink.Core.Pipeline;

/// <summary>
/// A message waiting to be delivered, written in the same transaction as the state change that produced it.
/// The dispatcher sends it after commit and marks it sent, or failed for good.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public Platform Platform { get; set; }

    public required string ChatId { get; set; }

    public string? ThreadId { get; set; }

    public OutboundKind Kind { get; set; }

    public required string Text { get; set; }

    /// <summary>Button rows as JSON, or null when the message has none.</summary>
    public string? ButtonsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time; pushed back after a transient failure or a platform's retry-after.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The id the platform gave the delivered message, for later edits.</summary>
    public string? PlatformMessageId { get; set; }

    /// <summary>Set when delivery failed for good (blocked, too many attempts); never retried after.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>The dispatcher sending this row right now; no other may send it until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>
    /// Removed instead of marked once delivered (or given up on): the goodbye to someone who erased their data
    /// must not leave their chat id behind.
    /// </summary>
    public bool EraseOnDelivery { get; set; }

    /// <summary>Whose words or profile this message carries to someone else; their erasure removes it.</summary>
    public long? AboutPersonId { get; set; }

    /// <summary>The conversation the message belongs to: its thread is looked up when sending, and replies route back.</summary>
    public long? ConnectionId { get; set; }

    /// <summary>For a copy: the chat and message id of the original.</summary>
    public string? CopyFromChatId { get; set; }

    public string? CopyMessageId { get; set; }

    /// <summary>For a document: its file name (the text is its content); for a carried file, its name.</summary>
    public string? FileName { get; set; }

    /// <summary>For a copy carried from another platform: where the file is, and how to fetch and send it again.</summary>
    public Platform? FileSourcePlatform { get; set; }

    public string? FileKind { get; set; }

    public string? FileRef { get; set; }

    public string? FileContentType { get; set; }
}

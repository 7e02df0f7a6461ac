using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram;

/// <summary>
/// A message the bot sent (sendMessage or copyMessage), as it stands now: an edit changes Text, Buttons and EditedAt.
/// </summary>
/// <param name="Text">The text as the bot sent it, markup included; for a copy, the copied text or caption.</param>
/// <param name="SentAt">When the fake stored it.</param>
public sealed record FakeSentMessage(
    long MessageId,
    long ChatId,
    long? ThreadId,
    string Text,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<FakeButton>> Buttons,
    DateTimeOffset SentAt)
{
    /// <summary>The text a person reads: markup parsed away, entities decoded, surrounding whitespace trimmed.</summary>
    public string PlainText { get; init; } = "";

    public DateTimeOffset? EditedAt { get; init; }

    public long? ReplyToMessageId { get; init; }

    public bool DisableNotification { get; init; }

    /// <summary>The original, for a message made by copyMessage.</summary>
    public FakeMessageRef? CopiedFrom { get; init; }

    /// <summary>The photo's file_id, for a copied photo.</summary>
    public string? PhotoFileId { get; init; }

    public string? VoiceFileId { get; init; }

    /// <summary>For a document the bot sent: its file name and its content read as UTF-8.</summary>
    public string? DocumentName { get; init; }

    public string? DocumentText { get; init; }

    /// <summary>The bytes of the photo, voice note or document the message shows (for one the bot uploaded, as uploaded).</summary>
    public IReadOnlyList<byte>? FileBytes { get; init; }
}

/// <summary>An inline keyboard button; exactly one of CallbackData and Url is set unless it has another action.</summary>
public sealed record FakeButton(string Text, string? CallbackData, string? Url = null);

public sealed record FakeMessageRef(long ChatId, long MessageId);

/// <summary>
/// One request the fake received, recorded once it was answered (so <see cref="FakeTelegramServer.Calls"/> lists them in
/// the order they were answered).
/// </summary>
/// <param name="Method">Lower-case, as Telegram treats method names.</param>
/// <param name="Parameters">
/// Query string, then form or JSON body; values from a query or form are strings, as sent.
/// </param>
/// <param name="StatusCode">The HTTP status answered, or 0 when no answer was sent (dropped, or the client gave up).</param>
/// <param name="At">When the request arrived.</param>
public sealed record FakeApiCall(string Method, JsonObject Parameters, int StatusCode, DateTimeOffset At)
{
    /// <summary>
    /// The Host header as the client sent it (e.g. <c>127.0.0.1:41234</c> or <c>localhost:41234</c>): which of several
    /// bots made the call, when each was given the fake's address under another name.
    /// </summary>
    public string Host { get; init; } = "";
}

/// <summary>A command as the last setMyCommands set it.</summary>
public sealed record FakeCommand(string Command, string Description);

public sealed record FakeCallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);

/// <summary>The webhook as setWebhook set it. The fake accepts http:// URLs, which Telegram refuses, so tests need no TLS.</summary>
public sealed record FakeWebhook(Uri Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, int MaxConnections);

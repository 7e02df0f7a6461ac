namespace HealLink.FakeTelegram;

/// <summary>The bot itself, as its token and getMe describe it.</summary>
internal sealed record BotIdentity(long Id, string FirstName, string Username, bool TopicsEnabled);

internal sealed record ChatIdentity(long Id, string Type, string? FirstName = null, string? Title = null);

/// <summary>A file the fake holds, downloadable at /file/bot{token}/{FilePath}.</summary>
internal sealed record FakeFile(string FileId, string FileUniqueId, string FilePath, byte[] Content);

/// <summary>What a message shows: its text (or a photo's caption) and its inline keyboard.</summary>
internal sealed record MessageContent(FormattedText Formatted, InlineKeyboard? Keyboard = null)
{
    /// <summary>The text as the bot sent it, markup included.</summary>
    public string? RawText { get; init; }

    public string? ParseMode { get; init; }

    /// <summary>Set for a photo; then <see cref="Formatted"/> is its caption.</summary>
    public FakeFile? Photo { get; init; }

    /// <summary>Set for a voice note; then <see cref="Formatted"/> is its caption.</summary>
    public FakeFile? Voice { get; init; }

    /// <summary>Set for a document the bot uploaded; <see cref="DocumentName"/> is its file name.</summary>
    public FakeFile? Document { get; init; }

    public string? DocumentName { get; init; }

    public bool IsMedia => Photo is not null || Voice is not null || Document is not null;

    /// <summary>What Telegram compares before answering "message is not modified".</summary>
    public bool SameAs(MessageContent other) =>
        Formatted.SameAs(other.Formatted) && Keyboard?.Json == other.Keyboard?.Json && Photo == other.Photo && Voice == other.Voice;
}

/// <summary>A message in a chat, from a person or (From null) from the bot; replaced whole when edited.</summary>
internal sealed record StoredMessage(long MessageId, ChatIdentity Chat, FakeTelegramUser? From, DateTimeOffset Date, MessageContent Content)
{
    public long? ThreadId { get; init; }

    /// <summary>The replied-to message as it was when the reply was sent.</summary>
    public StoredMessage? ReplyTo { get; init; }

    public DateTimeOffset? EditDate { get; init; }

    public FakeMessageRef? CopiedFrom { get; init; }

    public bool DisableNotification { get; init; }

    public bool IsFromBot => From is null;

    public FakeSentMessage ToSent() => new(
        MessageId,
        Chat.Id,
        ThreadId,
        Content.RawText ?? Content.Formatted.Text,
        Content.ParseMode,
        Content.Keyboard?.Rows ?? [],
        Date)
    {
        PlainText = Content.Formatted.Text,
        EditedAt = EditDate,
        ReplyToMessageId = ReplyTo?.MessageId,
        DisableNotification = DisableNotification,
        CopiedFrom = CopiedFrom,
        PhotoFileId = Content.Photo?.FileId,
        VoiceFileId = Content.Voice?.FileId,
        DocumentName = Content.DocumentName,
        DocumentText = Content.Document is { } document ? System.Text.Encoding.UTF8.GetString(document.Content) : null,
        FileBytes = (Content.Photo ?? Content.Voice ?? Content.Document)?.Content,
    };
}

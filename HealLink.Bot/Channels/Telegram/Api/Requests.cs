namespace HealLink.Bot.Channels.Telegram.Api;

// Request bodies, sent as JSON. Null members are left out, which the Bot API reads as "not given".

public sealed record SendMessageRequest(long ChatId, string Text)
{
    public string? ParseMode { get; init; }

    public long? MessageThreadId { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }
}

public sealed record LinkPreviewOptions(bool IsDisabled);

public sealed record EditMessageTextRequest(long ChatId, long MessageId, string Text)
{
    public string? ParseMode { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}

public sealed record EditMessageReplyMarkupRequest(long ChatId, long MessageId, InlineKeyboardMarkup? ReplyMarkup);

public sealed record GetUpdatesRequest(long? Offset, int Limit, int Timeout, IReadOnlyList<string>? AllowedUpdates);

public sealed record SetWebhookRequest(string Url, string SecretToken, IReadOnlyList<string> AllowedUpdates, bool DropPendingUpdates)
{
    public int? MaxConnections { get; init; }
}

public sealed record DeleteWebhookRequest(bool DropPendingUpdates);

public sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text = null);

public sealed record SendChatActionRequest(long ChatId, string Action, long? MessageThreadId = null);

public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommandInfo> Commands);

public sealed record CopyMessageRequest(long ChatId, long FromChatId, long MessageId, long? MessageThreadId = null);

public sealed record GetFileRequest(string FileId);

public sealed record CreateForumTopicRequest(long ChatId, string Name);

namespace HealLink.Bot.Channels.Telegram.Api;

public sealed record WebhookInfo(string Url, bool HasCustomCertificate, int PendingUpdateCount)
{
    public string? LastErrorMessage { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}

public sealed record MessageIdResult(long MessageId);

public sealed record TelegramFile(string FileId, string FileUniqueId, long? FileSize = null, string? FilePath = null);

public sealed record ForumTopic(long MessageThreadId, string Name, int IconColor);

/// <summary>Extra facts on an error: how long to wait (429), or where a chat moved (400).</summary>
public sealed record ResponseParameters(int? RetryAfter = null, long? MigrateToChatId = null);

/// <summary>Every answer's envelope: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code",…}</c>.</summary>
public sealed record ApiResponse<T>(bool Ok, T? Result = default, int? ErrorCode = null, string? Description = null, ResponseParameters? Parameters = null);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealLink.Bot.Channels.Telegram.Api;

/// <summary>Source-generated JSON for the Bot API: snake_case both ways, nulls left out of requests.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(ApiResponse<JsonElement>))]
[JsonSerializable(typeof(ApiResponse<User>))]
[JsonSerializable(typeof(ApiResponse<Message>))]
[JsonSerializable(typeof(ApiResponse<bool>))]
[JsonSerializable(typeof(ApiResponse<WebhookInfo>))]
[JsonSerializable(typeof(ApiResponse<MessageIdResult>))]
[JsonSerializable(typeof(ApiResponse<TelegramFile>))]
[JsonSerializable(typeof(ApiResponse<ForumTopic>))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(EditMessageReplyMarkupRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(CopyMessageRequest))]
[JsonSerializable(typeof(GetFileRequest))]
[JsonSerializable(typeof(CreateForumTopicRequest))]
[JsonSerializable(typeof(EmptyRequest))]
public sealed partial class TelegramJsonContext : JsonSerializerContext;

/// <summary>The body of a call without parameters.</summary>
public sealed record EmptyRequest;

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HealLink.Bot.Channels.Telegram.Api;

/// <summary>
/// A thin typed client for the Bot API methods HealLink uses. Every call is a JSON POST to
/// <c>{ApiBaseUrl}/bot{token}/{method}</c>. The token is part of that address, so no address is ever put into a
/// message or log line here, and any text that could carry it passes through <see cref="TokenRedactor"/>.
/// </summary>
public sealed class TelegramApiClient(HttpClient http, TokenRedactor redactor)
{
    private static TelegramJsonContext Json => TelegramJsonContext.Default;

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync("getMe", new EmptyRequest(), Json.EmptyRequest, Json.ApiResponseUser, cancellationToken);

    /// <summary>
    /// Long polls for updates from the request's offset on (which also confirms everything before it). Each
    /// update is read on its own, so one that cannot be read is returned with a null <see cref="ReceivedUpdate.Update"/>.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken)
    {
        var result = await CallAsync("getUpdates", request, Json.GetUpdatesRequest, Json.ApiResponseJsonElement, cancellationToken);
        if (result.ValueKind != JsonValueKind.Array)
        {
            throw new TelegramApiException("getUpdates", 500, "result is not a list of updates");
        }

        return [.. result.EnumerateArray().Select(UpdateJson.Read).OfType<ReceivedUpdate>()];
    }

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", request, Json.SetWebhookRequest, Json.ApiResponseBoolean, cancellationToken);

    public Task<bool> DeleteWebhookAsync(bool dropPendingUpdates, CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", new DeleteWebhookRequest(dropPendingUpdates), Json.DeleteWebhookRequest, Json.ApiResponseBoolean, cancellationToken);

    public Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken) =>
        CallAsync("getWebhookInfo", new EmptyRequest(), Json.EmptyRequest, Json.ApiResponseWebhookInfo, cancellationToken);

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", request, Json.SendMessageRequest, Json.ApiResponseMessage, cancellationToken);

    public Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken) =>
        CallAsync("editMessageText", request, Json.EditMessageTextRequest, Json.ApiResponseMessage, cancellationToken);

    public Task<Message> EditMessageReplyMarkupAsync(EditMessageReplyMarkupRequest request, CancellationToken cancellationToken) =>
        CallAsync("editMessageReplyMarkup", request, Json.EditMessageReplyMarkupRequest, Json.ApiResponseMessage, cancellationToken);

    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", request, Json.AnswerCallbackQueryRequest, Json.ApiResponseBoolean, cancellationToken);

    public Task<bool> SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendChatAction", request, Json.SendChatActionRequest, Json.ApiResponseBoolean, cancellationToken);

    public Task<bool> SetMyCommandsAsync(IReadOnlyList<BotCommandInfo> commands, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", new SetMyCommandsRequest(commands), Json.SetMyCommandsRequest, Json.ApiResponseBoolean, cancellationToken);

    public Task<MessageIdResult> CopyMessageAsync(CopyMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("copyMessage", request, Json.CopyMessageRequest, Json.ApiResponseMessageIdResult, cancellationToken);

    public Task<TelegramFile> GetFileAsync(string fileId, CancellationToken cancellationToken) =>
        CallAsync("getFile", new GetFileRequest(fileId), Json.GetFileRequest, Json.ApiResponseTelegramFile, cancellationToken);

    public Task<ForumTopic> CreateForumTopicAsync(CreateForumTopicRequest request, CancellationToken cancellationToken) =>
        CallAsync("createForumTopic", request, Json.CreateForumTopicRequest, Json.ApiResponseForumTopic, cancellationToken);

    private async Task<TResult> CallAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<ApiResponse<TResult>> responseType,
        CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(request, requestType);
        string body;
        int status;
        try
        {
            using var response = await http.PostAsync(method, content, cancellationToken);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new TelegramTransportException($"{method} failed: {redactor.Redact(exception.Message)}", redactor.SafeInner(exception));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramTransportException($"{method} timed out after {http.Timeout.TotalSeconds:0} s");
        }

        var answer = TryRead(body, responseType);
        if (answer is null)
        {
            // A proxy's HTML error page, a truncated body: only the status says anything.
            throw new TelegramApiException(method, status >= 400 ? status : 502, $"unreadable answer (HTTP {status})");
        }

        if (!answer.Ok)
        {
            throw new TelegramApiException(
                method, answer.ErrorCode ?? status, redactor.Redact(answer.Description ?? "no description"), answer.Parameters);
        }

        return answer.Result is { } result ? result : throw new TelegramApiException(method, 502, "answer has no result");
    }

    private static ApiResponse<TResult>? TryRead<TResult>(string body, JsonTypeInfo<ApiResponse<TResult>> type)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>The parameters the send and edit methods share, read and validated the same way everywhere.</summary>
internal static class MessageParameters
{
    public static string? ParseMode(ApiRequest request) => request.String("parse_mode") is { Length: > 0 } mode ? mode : null;

    /// <summary>text, parse_mode and reply_markup as a message's content: parsed, trimmed, 1–4096 characters.</summary>
    public static MessageContent TextContent(ApiRequest request)
    {
        var text = request.String("text");
        var parseMode = ParseMode(request);
        return new MessageContent(FormattedText.MessageText(text, parseMode), Keyboard(request))
        {
            RawText = text,
            ParseMode = parseMode,
        };
    }

    public static InlineKeyboard? Keyboard(ApiRequest request) =>
        InlineKeyboard.Parse(request.Json("reply_markup", "can't parse reply keyboard markup JSON object"));

    /// <summary>reply_parameters, or the older reply_to_message_id with allow_sending_without_reply.</summary>
    public static ReplyTarget? Reply(ApiRequest request)
    {
        if (request.Json("reply_parameters", "can't parse reply parameters JSON object") is JsonObject fields)
        {
            var reply = new ApiRequest(fields, request.Aborted);
            return new ReplyTarget(
                reply.Long("message_id") ?? throw TelegramError.BadRequest("message to be replied not found"),
                reply.Long("chat_id"),
                reply.Bool("allow_sending_without_reply"));
        }

        return request.Long("reply_to_message_id") is { } messageId
            ? new ReplyTarget(messageId, null, request.Bool("allow_sending_without_reply"))
            : null;
    }

    public static OutgoingMessage Outgoing(ApiRequest request, MessageContent content) =>
        new(request.ChatId(), request.Long("message_thread_id"), content)
        {
            Reply = Reply(request),
            DisableNotification = request.Bool("disable_notification"),
        };
}

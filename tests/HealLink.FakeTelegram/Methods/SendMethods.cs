using System.Collections.Frozen;
using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>
/// sendMessage, copyMessage, sendChatAction and the uploads (sendDocument, sendPhoto, sendVoice, sendAudio, sendVideo). link_preview_options, protect_content and the like are accepted and
/// only recorded in the call.
/// </summary>
internal sealed class SendMethods(FakeState state)
{
    private static readonly FrozenSet<string> _chatActions = FrozenSet.Create(
        StringComparer.Ordinal,
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note");

    public void AddTo(ApiMethodTable table)
    {
        table.Add("sendMessage", SendMessage);
        table.Add("copyMessage", CopyMessage);
        table.Add("sendDocument", request => SendFile(request, "document"));
        table.Add("sendPhoto", request => SendFile(request, "photo"));
        table.Add("sendVoice", request => SendFile(request, "voice"));
        table.Add("sendAudio", request => SendFile(request, "audio"));
        table.Add("sendVideo", request => SendFile(request, "video"));
        table.Add("sendChatAction", SendChatAction);
    }

    private ApiResult SendMessage(ApiRequest request)
    {
        var content = MessageParameters.TextContent(request);
        var message = state.Chats.Send(MessageParameters.Outgoing(request, content), state.Time.GetUtcNow());
        return ApiResult.Of(TelegramObjects.Message(message, state.Bot));
    }

    /// <summary>
    /// A copy keeps the original's text or media; caption (for media) and reply_markup come from the call. Only the
    /// new message_id comes back, as in Telegram.
    /// </summary>
    private ApiResult CopyMessage(ApiRequest request)
    {
        var original = new FakeMessageRef(request.ChatId("from_chat_id"), request.RequiredLong("message_id"));
        var caption = request.String("caption") is { } given
            ? FormattedText.Caption(given, MessageParameters.ParseMode(request))
            : null;
        var keyboard = MessageParameters.Keyboard(request);
        var target = MessageParameters.Outgoing(request, new MessageContent(new FormattedText("", [])));
        var copy = state.Chats.Copy(
            original,
            target,
            source => source with
            {
                Formatted = source.IsMedia && caption is not null ? caption : source.Formatted,
                Keyboard = keyboard,
                RawText = null,
                ParseMode = null,
            },
            state.Time.GetUtcNow());
        return ApiResult.Of(new JsonObject { ["message_id"] = copy.MessageId });
    }

    /// <summary>
    /// A file uploaded as a multipart part (a file_id or URL is not what the bot sends, so not served): a photo or voice
    /// note is stored as one; audio and video, which the fake does not model, as a document.
    /// </summary>
    private ApiResult SendFile(ApiRequest request, string field)
    {
        // A file travels as a multipart part: named after the field, or any name the field points to as attach://name.
        var reference = request.String(field);
        var part = reference is not null && reference.StartsWith("attach://", StringComparison.Ordinal) ? reference["attach://".Length..] : field;
        if (request.Json(part, unparsable: null) is not JsonObject { } upload
            || upload["content_base64"]?.GetValue<string>() is not { } base64)
        {
            throw TelegramError.BadRequest($"there is no {field} in the request");
        }

        var bytes = Convert.FromBase64String(base64);
        if (bytes.Length == 0)
        {
            throw TelegramError.BadRequest("file must be non-empty");
        }

        var caption = request.String("caption") is { } given ? FormattedText.Caption(given, MessageParameters.ParseMode(request)) : new FormattedText("", []);
        var content = field switch
        {
            "photo" => new MessageContent(caption) { Photo = state.Files.AddPhoto(bytes) },
            "voice" => new MessageContent(caption) { Voice = state.Files.AddVoice(bytes) },
            _ => new MessageContent(caption) { Document = state.Files.AddDocument(bytes), DocumentName = upload["uploaded_file_name"]?.GetValue<string>() },
        };
        var message = state.Chats.Send(MessageParameters.Outgoing(request, content), state.Time.GetUtcNow());
        return ApiResult.Of(TelegramObjects.Message(message, state.Bot));
    }

    private ApiResult SendChatAction(ApiRequest request)
    {
        var chatId = request.ChatId();
        if (request.String("action") is not { } action || !_chatActions.Contains(action))
        {
            throw TelegramError.BadRequest("wrong parameter action in request");
        }

        state.Chats.CheckWritable(chatId, request.Long("message_thread_id"));
        return ApiResult.True();
    }
}

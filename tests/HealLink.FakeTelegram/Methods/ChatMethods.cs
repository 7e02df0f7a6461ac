using System.Collections.Frozen;
using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>answerCallbackQuery, createForumTopic and getFile.</summary>
internal sealed class ChatMethods(FakeState state)
{
    private const int DefaultIconColor = 0x6FB9F0;
    private static readonly FrozenSet<long> _iconColors = FrozenSet.Create<long>(0x6FB9F0, 0xFFD67E, 0xCB86DB, 0x8EEE98, 0xFF93B2, 0xFB6F5F);

    public void AddTo(ApiMethodTable table)
    {
        table.Add("answerCallbackQuery", AnswerCallbackQuery);
        table.Add("createForumTopic", CreateForumTopic);
        table.Add("getFile", GetFile);
    }

    /// <summary>Each id the fake issued may be answered once; any other id is "too old".</summary>
    private ApiResult AnswerCallbackQuery(ApiRequest request)
    {
        var id = request.String("callback_query_id") ?? "";
        state.Callbacks.Answer(new FakeCallbackAnswer(id, request.String("text"), request.Bool("show_alert")));
        return ApiResult.True();
    }

    /// <summary>Works in private chats whatever getMe says about topics; the thread id is a message id of the chat.</summary>
    private ApiResult CreateForumTopic(ApiRequest request)
    {
        var chatId = request.ChatId();
        var name = request.String("name") ?? "";
        if (name.Length is 0 or > 128)
        {
            throw TelegramError.BadRequest(name.Length == 0 ? "TOPIC_TITLE_EMPTY" : "topic name must be at most 128 characters long");
        }

        var iconColor = request.Long("icon_color") ?? DefaultIconColor;
        if (!_iconColors.Contains(iconColor))
        {
            throw TelegramError.BadRequest("invalid icon_color specified");
        }

        var threadId = state.Chats.CreateTopic(chatId);
        return ApiResult.Of(new JsonObject { ["message_thread_id"] = threadId, ["name"] = name, ["icon_color"] = iconColor });
    }

    private ApiResult GetFile(ApiRequest request) =>
        state.Files.ById(request.String("file_id") ?? "") is { } file
            ? ApiResult.Of(TelegramObjects.File(file))
            : throw TelegramError.BadRequest("invalid file_id");
}

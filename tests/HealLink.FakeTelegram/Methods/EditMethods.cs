using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>
/// editMessageText and editMessageReplyMarkup on the bot's own messages. As in Telegram, an edit without
/// reply_markup removes the inline keyboard, and an edit that changes nothing is refused.
/// </summary>
internal sealed class EditMethods(FakeState state)
{
    public void AddTo(ApiMethodTable table)
    {
        table.Add("editMessageText", EditMessageText);
        table.Add("editMessageReplyMarkup", EditMessageReplyMarkup);
    }

    private ApiResult EditMessageText(ApiRequest request)
    {
        var content = MessageParameters.TextContent(request);
        return Edit(request, current => current.Content.Photo is null
            ? content
            : throw TelegramError.BadRequest("there is no text in the message to edit"));
    }

    private ApiResult EditMessageReplyMarkup(ApiRequest request)
    {
        var keyboard = MessageParameters.Keyboard(request);
        return Edit(request, current => current.Content with { Keyboard = keyboard });
    }

    private ApiResult Edit(ApiRequest request, Func<StoredMessage, MessageContent> change)
    {
        // The fake never sends inline-mode messages, so no inline_message_id can be valid.
        if (request.String("inline_message_id") is { Length: > 0 })
        {
            throw TelegramError.BadRequest("MESSAGE_ID_INVALID");
        }

        var edited = state.Chats.Edit(request.ChatId(), request.RequiredLong("message_id"), change, state.Time.GetUtcNow());
        return ApiResult.Of(TelegramObjects.Message(edited, state.Bot));
    }
}

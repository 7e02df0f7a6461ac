using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>An inline keyboard as Telegram validates and echoes it.</summary>
/// <param name="Json">The markup as Telegram echoes it in Message.reply_markup: known fields only.</param>
internal sealed record InlineKeyboard(IReadOnlyList<IReadOnlyList<FakeButton>> Rows, string Json)
{
    private const int MaxCallbackDataBytes = 64;

    private static readonly ImmutableArray<string> _actions =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    public JsonObject ToJson() => JsonNode.Parse(Json)!.AsObject();

    /// <summary>
    /// A reply_markup: null when absent or when it is a reply keyboard, keyboard removal or force reply (accepted, but
    /// Telegram does not echo those in the message). Throws Telegram's 400 for a malformed inline keyboard.
    /// </summary>
    public static InlineKeyboard? Parse(JsonNode? markup)
    {
        if (markup is null)
        {
            return null;
        }

        if (markup is not JsonObject fields
            || !(fields.ContainsKey("inline_keyboard") || fields.ContainsKey("keyboard")
                || fields.ContainsKey("remove_keyboard") || fields.ContainsKey("force_reply")))
        {
            throw TelegramError.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (!fields.TryGetPropertyValue("inline_keyboard", out var keyboard))
        {
            return null;
        }

        if (keyboard is not JsonArray rows || rows.Any(r => r is not JsonArray))
        {
            throw TelegramError.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
        }

        var parsed = rows.Select(row => row!.AsArray().Select(ParseButton).ToList()).ToList();
        var echo = new JsonObject
        {
            ["inline_keyboard"] = new JsonArray([.. parsed.Select(row => (JsonNode)new JsonArray([.. row.Select(b => (JsonNode)b.Json)]))]),
        };
        var buttons = parsed.Select(row => (IReadOnlyList<FakeButton>)[.. row.Select(b => b.Button)]).ToList();
        return new InlineKeyboard(buttons, ApiAnswers.Serialize(echo));
    }

    private static (FakeButton Button, JsonObject Json) ParseButton(JsonNode? node)
    {
        if (node is not JsonObject button)
        {
            throw TelegramError.BadRequest("InlineKeyboardButton must be an Object");
        }

        if (button["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text))
        {
            throw TelegramError.BadRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw TelegramError.BadRequest("can't parse inline keyboard button: Text must be non-empty");
        }

        var actions = _actions.Where(button.ContainsKey).ToList();
        switch (actions.Count)
        {
            case 0:
                throw TelegramError.BadRequest("text buttons are unallowed in the inline keyboard");
            case > 1:
                throw TelegramError.BadRequest(
                    $"can't parse inline keyboard button: exactly one action may be set, found {string.Join(", ", actions)}");
        }

        var callbackData = actions[0] == "callback_data" ? CallbackData(button["callback_data"]) : null;
        var url = actions[0] == "url" ? Url(button["url"]) : null;
        var echo = new JsonObject { ["text"] = text, [actions[0]] = button[actions[0]]?.DeepClone() };
        if (button["style"] is { } style)
        {
            echo["style"] = style.DeepClone();
        }

        return (new FakeButton(text, callbackData, url), echo);
    }

    /// <summary>1–64 bytes of UTF-8: a button whose data is longer is refused, not cut.</summary>
    private static string CallbackData(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var data)
            && Encoding.UTF8.GetByteCount(data) is > 0 and <= MaxCallbackDataBytes
            ? data
            : throw TelegramError.BadRequest("BUTTON_DATA_INVALID");

    private static string Url(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var url)
            && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "tg"
            ? url
            : throw TelegramError.BadRequest("BUTTON_URL_INVALID");
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram.Routing;

/// <summary>
/// A call's parameters, read the way Telegram reads them: a value may arrive as a JSON value or as a string (query and
/// form values are always strings, and objects such as reply_markup then come JSON-serialized).
/// </summary>
internal sealed class ApiRequest(JsonObject parameters, CancellationToken aborted)
{
    /// <summary>Fires when the client gives up on the request.</summary>
    public CancellationToken Aborted => aborted;

    public string? String(string name) => parameters[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } text ? text : throw TelegramError.BadRequest($"parameter \"{name}\" is required");

    public long? Long(string name)
    {
        var node = parameters[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value
            && (value.TryGetValue<long>(out var number)
                || (value.TryGetValue<string>(out var text)
                    && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))))
        {
            return number;
        }

        throw TelegramError.BadRequest($"parameter \"{name}\" must be an integer");
    }

    /// <summary>An integer clamped into [min, max], as Telegram clamps limit and timeout rather than refusing them.</summary>
    public int Int(string name, int fallback, int min, int max) =>
        Long(name) is { } number ? (int)Math.Clamp(number, min, max) : fallback;

    public bool Bool(string name) => parameters[name] is JsonValue value
        && ((value.TryGetValue<bool>(out var flag) && flag)
            || (value.TryGetValue<string>(out var text) && (text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase)))
            || (value.TryGetValue<long>(out var number) && number != 0));

    public long RequiredLong(string name) =>
        Long(name) ?? throw TelegramError.BadRequest($"parameter \"{name}\" is required");

    /// <summary>
    /// A structured parameter; a string is parsed as JSON. Null when absent or empty, and when unparsable if
    /// <paramref name="unparsable"/> is null (Telegram ignores a malformed allowed_updates, for one).
    /// </summary>
    public JsonNode? Json(string name, string? unparsable)
    {
        var node = parameters[name];
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return node;
        }

        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return unparsable is null ? null : throw TelegramError.BadRequest(unparsable);
        }
    }

    /// <summary>
    /// A chat_id: an integer, or a string. A @username or anything else not numeric names no chat the fake knows.
    /// </summary>
    public long ChatId(string name = "chat_id")
    {
        var node = parameters[name];
        if (node is null || String(name) is not { Length: > 0 } text)
        {
            throw TelegramError.BadRequest($"{name} is empty");
        }

        if (node is JsonValue value && value.TryGetValue<long>(out var number))
        {
            return number;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number)
            ? number
            : throw TelegramError.BadRequest("chat not found");
    }
}

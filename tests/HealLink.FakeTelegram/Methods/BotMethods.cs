using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>getMe and the bot's command menu.</summary>
internal sealed class BotMethods(FakeState state)
{
    private const int MaxCommands = 100;

    public void AddTo(ApiMethodTable table)
    {
        table.Add("getMe", _ => ApiResult.Of(TelegramObjects.Me(state.Bot)));
        table.Add("setMyCommands", SetMyCommands);
        table.Add("getMyCommands", request => ApiResult.Of(new JsonArray([.. state.Commands.In(LanguageOf(request)).Select(ToJson)])));
        table.Add("deleteMyCommands", request =>
        {
            state.Commands.Set(LanguageOf(request), []);
            return ApiResult.True();
        });
    }

    private ApiResult SetMyCommands(ApiRequest request)
    {
        var commands = request.Json("commands", "can't parse commands JSON object") as JsonArray
            ?? throw TelegramError.BadRequest("parameter \"commands\" is required");
        if (commands.Count > MaxCommands)
        {
            throw TelegramError.BadRequest("BOT_COMMANDS_TOO_MUCH");
        }

        state.Commands.Set(LanguageOf(request), [.. commands.Select(ParseCommand)]);
        return ApiResult.True();
    }

    /// <summary>A two-letter ISO 639-1 code, or "" for the menu of everyone without a menu in their language.</summary>
    private static string LanguageOf(ApiRequest request) =>
        request.String("language_code") is { Length: > 0 } code
            ? code.Length == 2 && code.All(char.IsAsciiLetterLower) ? code : throw TelegramError.BadRequest("LANGUAGE_CODE_INVALID")
            : "";

    /// <summary>command: 1–32 of a-z, 0-9 and _; description: 1–256 characters.</summary>
    private static FakeCommand ParseCommand(JsonNode? node)
    {
        var fields = node as JsonObject ?? throw TelegramError.BadRequest("BotCommand must be an Object");
        var command = StringField(fields, "command");
        var description = StringField(fields, "description");
        if (command.Length is 0 or > 32 || !command.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw TelegramError.BadRequest("BOT_COMMAND_INVALID");
        }

        return description.Trim().Length is 0 || description.Length > 256
            ? throw TelegramError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID")
            : new FakeCommand(command, description);
    }

    private static string StringField(JsonObject fields, string name) =>
        fields[name] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw TelegramError.BadRequest($"field \"{name}\" of the BotCommand must be of type String");

    private static JsonNode ToJson(FakeCommand command) =>
        new JsonObject { ["command"] = command.Command, ["description"] = command.Description };
}

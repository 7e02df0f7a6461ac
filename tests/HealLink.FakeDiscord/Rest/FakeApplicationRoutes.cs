using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HealLink.FakeDiscord.Rest;

/// <summary>The bot's application and its global slash commands (bulk overwrite).</summary>
internal sealed partial class FakeApplicationRoutes(FakeRestState state)
{
    public const string ApplicationId = "1100000000000000001";

    public IEnumerable<FakeRestRoute> Routes() =>
    [
        new("GET", "/oauth2/applications/@me", [], _ => Task.FromResult(FakeRestAnswer.Ok(new JsonObject { ["id"] = ApplicationId, ["name"] = "HealLink" }))),
        new("PUT", "/applications/{application}/commands", ["application"], OverwriteAsync),
    ];

    private async Task<FakeRestAnswer> OverwriteAsync(FakeRestCall call)
    {
        var application = call.Value("application");
        if (application != ApplicationId)
        {
            throw new DiscordError(403, 50001, "Missing Access");
        }

        var commands = await FakeMessageRequest.ReadJsonArrayAsync(call.Context.Request, call.Aborted);
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i]?["name"]?.GetValue<string>() is not { } name || !CommandName().IsMatch(name))
            {
                throw DiscordError.InvalidForm($"{i}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }

            if (commands[i]?["description"]?.GetValue<string>() is not { Length: >= 1 and <= 100 })
            {
                throw DiscordError.InvalidForm($"{i}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
        }

        lock (state.Gate)
        {
            foreach (var command in commands.OfType<JsonObject>())
            {
                command["id"] = state.NewId();
                command["application_id"] = application;
            }

            state.Commands[application] = commands;
            return FakeRestAnswer.Ok(commands.DeepClone());
        }
    }

    [GeneratedRegex("^[-_\\p{Ll}\\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>A slash command (type 1, CHAT_INPUT) and where it may be used: 0 guild, 1 the bot's DMs.</summary>
public sealed record DiscordCommand(string Name, string Description)
{
    public const int BotDmContext = 1;
    public const int GuildContext = 0;

    public int Type { get; init; } = 1;

    public IReadOnlyList<int> Contexts { get; init; } = [BotDmContext];

    public string? Id { get; init; }

    /// <summary>The description in the locales Discord shows it in, by locale ("es-ES", "es-419").</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>Usable in DMs, and in guilds too when the bot runs in thread mode.</summary>
    public static DiscordCommand For(string name, string description, bool threadMode) =>
        new(name, description) { Contexts = threadMode ? [BotDmContext, GuildContext] : [BotDmContext] };
}

public sealed record DiscordApplication(string Id, string Name);

/// <summary>The bot's global slash commands, and the application id they belong to.</summary>
public sealed class DiscordCommandsApi(DiscordRestClient client)
{
    /// <summary>Replaces all global commands with these (commands left out are deleted).</summary>
    public Task<DiscordResult<IReadOnlyList<DiscordCommand>>> OverwriteGlobalAsync(
        string applicationId, IReadOnlyList<DiscordCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return client.SendAsync<IReadOnlyList<DiscordCommand>>(
            DiscordRoutes.OverwriteCommands(applicationId), DiscordRequestBodies.Json(commands), cancellationToken);
    }

    /// <summary>The bot's own application (its id is also in the Gateway's READY).</summary>
    public Task<DiscordResult<DiscordApplication>> CurrentApplicationAsync(CancellationToken cancellationToken) =>
        client.SendAsync<DiscordApplication>(DiscordRoutes.CurrentApplication(), null, cancellationToken);
}

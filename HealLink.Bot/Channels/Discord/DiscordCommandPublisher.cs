using HealLink.Bot.Channels.Discord.Rest;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Registers the command menu as global slash commands once the first READY names the application, in the
/// background: the commands are a convenience (every one can be typed), and a failure must not hold up messages.
/// Discord counts command creations per day, so it is done once per process, not on every reconnect.
/// </summary>
internal sealed partial class DiscordCommandPublisher(
    DiscordCommandsApi commands,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordCommandPublisher> logger)
{
    private int _started;

    /// <summary>The task of the one publication, for tests; null before READY.</summary>
    public Task? Publication { get; private set; }

    public void PublishFor(string applicationId)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        Publication = PublishAsync(applicationId, lifetime.ApplicationStopping);
    }

    private async Task PublishAsync(string applicationId, CancellationToken cancellationToken)
    {
        var threadMode = options.Value.ThreadChannelId is not null;

        // Discord has two Spanish locales; both read the same words.
        var list = CommandMenu.Commands
            .Select(c => DiscordCommand.For(c.Name, c.Description, threadMode) with
            {
                DescriptionLocalizations = new Dictionary<string, string> { ["es-ES"] = c.Spanish, ["es-419"] = c.Spanish },
            })
            .ToList();
        var result = await commands.OverwriteGlobalAsync(applicationId, list, cancellationToken);
        if (result.Failure is { } failure)
        {
            LogNotPublished(logger, failure.ToString());
            return;
        }

        LogPublished(logger, list.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord slash commands registered ({Count} commands)")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord's slash commands could not be registered ({Problem}); people can still type every command")]
    private static partial void LogNotPublished(ILogger logger, string problem);
}

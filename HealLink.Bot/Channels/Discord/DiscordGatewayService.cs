using HealLink.Bot.Channels.Discord.Gateway;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Runs the Gateway client for the bot's lifetime. When Discord refuses for good (a rejected token, a privileged
/// intent not enabled) the bot stops with that one line and exit code 2, as it does for a rejected Telegram token.
/// </summary>
internal sealed class DiscordGatewayService(DiscordGatewayClient client, FatalStop fatalStop) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.RunAsync(stoppingToken);
        }
        catch (DiscordGatewayFatalException exception)
        {
            fatalStop.Stop(exception.Message);
        }
    }
}

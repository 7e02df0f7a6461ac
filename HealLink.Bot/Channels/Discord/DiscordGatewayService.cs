using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Core.Hosting;
using HealLink.Core.Service.Leadership;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Runs the Gateway client for the bot's lifetime, while this process leads: several instances on one database hold
/// the Gateway one at a time (each session would be sent every event), and another connects within a term when the
/// holder dies. When Discord refuses for good (a rejected token, a privileged intent not enabled) the bot stops with
/// that one line and exit code 2, as it does for a rejected Telegram token.
/// </summary>
internal sealed partial class DiscordGatewayService(
    DiscordGatewayClient client,
    LeaderElection leadership,
    ProcessIdentity process,
    IOptions<DiscordOptions> options,
    FatalStop fatalStop,
    TimeProvider timeProvider,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    public const string Role = "discord-gateway";

    private TimeSpan Term => TimeSpan.FromSeconds(options.Value.GatewayLeaderTermSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await TryBecomeLeaderAsync(stoppingToken))
        {
            LogLeading(logger, process.Id);
            using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var keeping = KeepLeadingAsync(leading);
            try
            {
                await client.RunAsync(leading.Token);
            }
            catch (DiscordGatewayFatalException exception)
            {
                fatalStop.Stop(exception.Message);
                return;
            }
            catch (OperationCanceledException) when (leading.IsCancellationRequested)
            {
                // Stopping, or no longer the leader: the connection is closed and, when stopping, the term given back.
            }
            finally
            {
                await leading.CancelAsync();
                await keeping;
            }

            if (stoppingToken.IsCancellationRequested)
            {
                await leadership.ResignAsync(Role, process.Id, CancellationToken.None);
                return;
            }

            LogLostLead(logger);
        }
    }

    /// <returns>False when the host is stopping first.</returns>
    private async Task<bool> TryBecomeLeaderAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await TryRenewAsync(stoppingToken))
            {
                return true;
            }

            await Task.Delay(Term / 3, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return false;
    }

    /// <summary>Renews the term every third of it; ends the connection before the term can pass to anyone else.</summary>
    private async Task KeepLeadingAsync(CancellationTokenSource leading)
    {
        var heldUntil = timeProvider.GetUtcNow() + Term;
        while (!leading.IsCancellationRequested)
        {
            await Task.Delay(Term / 3, timeProvider, leading.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (leading.IsCancellationRequested)
            {
                return;
            }

            var now = timeProvider.GetUtcNow();
            if (await TryRenewAsync(leading.Token))
            {
                heldUntil = now + Term;
            }
            else if (now + Term / 3 >= heldUntil)
            {
                await leading.CancelAsync();
            }
        }
    }

    private async Task<bool> TryRenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await leadership.TryLeadAsync(Role, process.Id, Term, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database is away for a moment: not the leader on this attempt, and the next one tries again.
            LogLeaseUnreadable(logger, exception.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This process ({Holder}) holds the Discord Gateway")]
    private static partial void LogLeading(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This process could not renew its hold on the Discord Gateway in time and closed it; another process may hold it now")]
    private static partial void LogLostLead(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read or renew the Discord Gateway's lease ({ExceptionType}); trying again shortly")]
    private static partial void LogLeaseUnreadable(ILogger logger, string exceptionType);
}

using HealLink.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Pipeline;

/// <summary>
/// Runs the outbox dispatcher for as long as the bot runs: at once when a reply is committed here, when a retry
/// falls due, and every poll interval for rows another process (the admin panel) wrote.
/// </summary>
internal sealed partial class OutboxDispatchService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = pollInterval;
            try
            {
                if (await dispatcher.DispatchDueAsync(stoppingToken) is { } nextDueAt)
                {
                    var untilDue = nextDueAt - timeProvider.GetUtcNow();
                    wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < wait ? untilDue : wait;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be briefly unavailable; nothing is lost, the rows wait for the next pass.
                LogPassFailed(logger, exception, wait);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch pass failed; trying again in {Delay}")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, TimeSpan delay);
}

using HealLink.Bot.Channels.Telegram.Receiving;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Long polling: asks for updates, hands each to the pipeline in order, and acknowledges an update (by asking for
/// the next offset) only once it is committed. Network trouble backs off; an invalid token stops the bot with a
/// clear message; on shutdown, what was committed is acknowledged so a restart does not see it again.
/// </summary>
internal sealed partial class TelegramPolling(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    TelegramStartup startup,
    TokenRedactor redactor,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> logger) : BackgroundService
{
    private static readonly TimeSpan _firstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(30);

    private long? _offset;
    private long? _acknowledged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.PrepareAsync(webhook: null, stoppingToken))
        {
            return;
        }

        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken);
                startup.Status.Healthy("receiving through long polling");
                backoff = TimeSpan.Zero;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (RequestException exception) when (TelegramFailure.Of(exception, redactor) is { } failure)
            {
                if (failure.RejectsToken)
                {
                    startup.StopForBadToken(failure);
                    return;
                }

                backoff = NextBackoff(backoff, failure);
                LogPollFailed(logger, failure.ToString(), backoff);
                startup.Status.Unhealthy($"polling failed: {failure}");
                if (!await Pause.ForAsync(backoff, stoppingToken))
                {
                    break;
                }
            }
        }

        await AcknowledgeOnShutdownAsync();
    }

    private async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var updates = await GetUpdatesAsync(limit: 100, options.Value.PollTimeoutSeconds, cancellationToken);
        _acknowledged = _offset;
        foreach (var update in updates.OrderBy(u => u.UpdateId))
        {
            if (!await handler.HandleAsync(update, cancellationToken))
            {
                // Not committed: the next poll asks from this update again, and nothing after it is handled first.
                await Task.Delay(_firstBackoff, cancellationToken);
                return;
            }

            _offset = update.UpdateId + 1;
        }
    }

    /// <summary>One last short poll with the latest offset, so updates committed since the last poll stay handled.</summary>
    private async Task AcknowledgeOnShutdownAsync()
    {
        if (_offset is null || _offset == _acknowledged)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await GetUpdatesAsync(limit: 1, timeoutSeconds: 0, timeout.Token);
        }
        catch (Exception exception) when (exception is RequestException or OperationCanceledException)
        {
            // Whatever is not acknowledged comes again after the restart and is recognised as a duplicate.
            var problem = exception is RequestException failed ? TelegramFailure.Of(failed, redactor).ToString() : "timed out";
            LogAcknowledgeFailed(logger, problem);
        }
    }

    /// <summary>Asks from the current offset on, which also confirms everything before it.</summary>
    private async Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesAsync(int limit, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var request = new GetRawUpdatesRequest
        {
            Offset = _offset,
            Limit = limit,
            Timeout = timeoutSeconds,
            AllowedUpdates = TelegramStartup.AllowedUpdates,
        };
        var elements = await bot.SendRequest(request, cancellationToken);
        return [.. elements.Select(UpdateJson.Read).OfType<ReceivedUpdate>()];
    }

    private static TimeSpan NextBackoff(TimeSpan previous, TelegramFailure failure)
    {
        if (failure.RetryAfter is { } retryAfter)
        {
            return retryAfter + TimeSpan.FromMilliseconds(250);
        }

        var next = previous == TimeSpan.Zero ? _firstBackoff : previous * 1.5;
        return next < _maxBackoff ? next : _maxBackoff;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed ({Problem}); trying again in {Delay}")]
    private static partial void LogPollFailed(ILogger logger, string problem, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not acknowledge the last Telegram updates on shutdown: {Problem}")]
    private static partial void LogAcknowledgeFailed(ILogger logger, string problem);
}

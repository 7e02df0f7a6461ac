using HealLink.Bot.Channels.Telegram.Api;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Long polling: asks for updates, hands each to the pipeline in order, and acknowledges an update (by asking for
/// the next offset) only once it is committed. Network trouble backs off; an invalid token stops the bot with a
/// clear message; on shutdown, what was committed is acknowledged so a restart does not see it again.
/// </summary>
internal sealed partial class TelegramPolling(
    TelegramApiClient api,
    TelegramUpdateHandler handler,
    TelegramStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> logger) : BackgroundService
{
    public static IReadOnlyList<string> AllowedUpdates { get; } = ["message", "edited_message", "callback_query", "my_chat_member"];

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
                backoff = TimeSpan.Zero;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (TelegramApiException exception) when (exception.ErrorCode is 401 or 404)
            {
                startup.StopForBadToken(exception);
                return;
            }
            catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
            {
                backoff = NextBackoff(backoff, exception as TelegramApiException);
                LogPollFailed(logger, exception.Message, backoff);
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
        var request = new GetUpdatesRequest(_offset, Limit: 100, options.Value.PollTimeoutSeconds, AllowedUpdates);
        var updates = await api.GetUpdatesAsync(request, cancellationToken);
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
            await api.GetUpdatesAsync(new GetUpdatesRequest(_offset, Limit: 1, Timeout: 0, AllowedUpdates), timeout.Token);
        }
        catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException or OperationCanceledException)
        {
            // Whatever is not acknowledged comes again after the restart and is recognised as a duplicate.
            LogAcknowledgeFailed(logger, exception.Message);
        }
    }

    private static TimeSpan NextBackoff(TimeSpan previous, TelegramApiException? exception)
    {
        if (exception?.RetryAfter is { } retryAfter)
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

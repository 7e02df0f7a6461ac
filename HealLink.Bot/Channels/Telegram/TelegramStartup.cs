using HealLink.Bot.Channels.Telegram.Api;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Gets the bot ready to receive: checks the token (getMe), registers or removes the webhook, and publishes the
/// command menu. Network trouble at start-up is waited out; a rejected token stops the bot with a clear message.
/// </summary>
internal sealed partial class TelegramStartup(TelegramApiClient api, FatalStop fatalStop, ILogger<TelegramStartup> logger)
{
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(30);

    /// <param name="webhook">The webhook to register, or null to poll (any webhook is removed; pending updates are kept).</param>
    /// <returns>False when the bot is stopping.</returns>
    public async Task<bool> PrepareAsync(SetWebhookRequest? webhook, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                var me = await api.GetMeAsync(cancellationToken);
                if (webhook is null)
                {
                    await api.DeleteWebhookAsync(dropPendingUpdates: false, cancellationToken);
                }
                else
                {
                    await api.SetWebhookAsync(webhook, cancellationToken);
                }

                await api.SetMyCommandsAsync(TelegramCommandMenu.Commands, cancellationToken);
                LogConnected(logger, me.Username ?? me.FirstName ?? "the bot", webhook is null ? "long polling" : "a webhook");
                return true;
            }
            catch (TelegramApiException exception) when (exception.ErrorCode is 401 or 404)
            {
                StopForBadToken(exception);
                return false;
            }
            catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
            {
                LogNotReady(logger, exception.Message, backoff);
                if (!await Pause.ForAsync(backoff, cancellationToken))
                {
                    return false;
                }

                backoff = backoff * 2 < _maxBackoff ? backoff * 2 : _maxBackoff;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    public void StopForBadToken(TelegramApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        fatalStop.Stop(
            $"Telegram rejected the bot token ({exception.ErrorCode} {exception.Description}). "
            + "Check Telegram:BotToken: copy it again from BotFather, or revoke it and set the new one.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as {BotName}, receiving through {Mode}")]
    private static partial void LogConnected(ILogger logger, string botName, string mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram is not reachable yet ({Problem}); trying again in {Delay}")]
    private static partial void LogNotReady(ILogger logger, string problem, TimeSpan delay);
}

using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Publishes the command menu (setMyCommands) beside receiving, never before it: the menu is a convenience, and a
/// Bot API server that refuses it (some self-hosted ones do not implement it) must not keep people's messages
/// waiting. A failure is logged once and retried in the background until it succeeds or the bot stops.
/// </summary>
internal sealed partial class TelegramCommandMenuPublisher(
    ITelegramBotClient bot,
    TokenRedactor redactor,
    ILogger<TelegramCommandMenuPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan _firstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = _firstBackoff;
        var warned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.SetMyCommands(TelegramCommandMenu.Commands, cancellationToken: stoppingToken);
                await bot.SetMyCommands(TelegramCommandMenu.Spanish, languageCode: TelegramCommandMenu.SpanishCode, cancellationToken: stoppingToken);
                LogPublished(logger, TelegramCommandMenu.Commands.Count);
                return;
            }
            catch (RequestException exception) when (TelegramFailure.Of(exception, redactor) is { } failure)
            {
                if (failure.RejectsToken)
                {
                    // The start-up check stops the bot with its own message; nothing to add here.
                    return;
                }

                if (!warned)
                {
                    LogNotPublished(logger, failure.ToString());
                    warned = true;
                }

                if (!await Pause.ForAsync(backoff, stoppingToken))
                {
                    return;
                }

                backoff = backoff * 2 < _maxBackoff ? backoff * 2 : _maxBackoff;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram command menu published ({Count} commands)")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram's command menu could not be set ({Problem}); people can still type every command, and it is retried in the background")]
    private static partial void LogNotPublished(ILogger logger, string problem);
}

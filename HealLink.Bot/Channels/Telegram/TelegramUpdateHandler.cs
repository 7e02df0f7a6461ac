using System.Collections.Concurrent;
using HealLink.Bot.Channels.Telegram.Receiving;
using HealLink.Core.Pipeline;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Handles one received update for both polling and webhook: hands it to the pipeline, then answers its button
/// press. Returns whether the update may be acknowledged: true once committed (or deliberately skipped), false
/// when it should be delivered again. An update that keeps failing is skipped after a few tries, so one poisoned
/// update cannot hold up everyone behind it.
/// </summary>
internal sealed partial class TelegramUpdateHandler(
    InboundProcessor processor,
    ITelegramBotClient bot,
    TokenRedactor redactor,
    TimeProvider timeProvider,
    ILogger<TelegramUpdateHandler> logger)
{
    private const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<long, int> _failures = new();

    public async Task<bool> HandleAsync(ReceivedUpdate received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        if (received.Update is not { } update)
        {
            LogSkipped(logger, received.UpdateId, "it could not be read");
            return true;
        }

        var inbound = TelegramUpdateReader.Read(update, timeProvider.GetUtcNow());
        if (inbound is TelegramInbound.ForPipeline forPipeline)
        {
            try
            {
                await processor.ProcessAsync(forPipeline.Message, cancellationToken);
                _failures.TryRemove(received.UpdateId, out _);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var attempts = _failures.AddOrUpdate(received.UpdateId, 1, (_, n) => n + 1);
                LogFailed(logger, exception, received.UpdateId, attempts, MaxAttempts);
                if (attempts < MaxAttempts)
                {
                    return false;
                }

                _failures.TryRemove(received.UpdateId, out _);
            }
        }
        else if (inbound is TelegramInbound.Skipped skipped)
        {
            LogSkipped(logger, received.UpdateId, skipped.Reason);
        }

        if (inbound.CallbackQueryId is { } callbackQueryId)
        {
            await AnswerCallbackAsync(callbackQueryId, cancellationToken);
        }

        return true;
    }

    /// <summary>Stops the spinner on the button. Best effort: the reply itself already tells the person what happened.</summary>
    private async Task AnswerCallbackAsync(string callbackQueryId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(callbackQueryId, cancellationToken: cancellationToken);
        }
        catch (RequestException exception)
        {
            LogCallbackNotAnswered(logger, TelegramFailure.Of(exception, redactor).ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram update {UpdateId} skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, long updateId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram update {UpdateId} could not be handled (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogFailed(ILogger logger, Exception exception, long updateId, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A button press could not be answered: {Problem}")]
    private static partial void LogCallbackNotAnswered(ILogger logger, string problem);
}

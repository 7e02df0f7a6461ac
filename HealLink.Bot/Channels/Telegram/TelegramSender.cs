using System.Collections.Concurrent;
using System.Globalization;
using HealLink.Bot.Channels.Telegram.Api;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Delivers outbox messages through the Bot API, inside Telegram's rate limits, and translates its answers into
/// what the dispatcher should do: 429 waits retry_after, 5xx and network trouble retry with backoff, 403 means the
/// person blocked us, and a migrated chat moves.
/// </summary>
internal sealed partial class TelegramSender(
    TelegramApiClient api,
    TelegramRateLimits rateLimits,
    ILogger<TelegramSender> logger) : IChannelSender
{
    // Parts of a long message already sent, by outbox id, so a retry after a failure mid-way does not repeat them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public Platform Platform => Platform.Telegram;

    public async Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            return delivery.Message.Kind == OutboundKind.Typing
                ? await SendTypingAsync(delivery.Message.To, cancellationToken)
                : await SendTextAsync(delivery, cancellationToken);
        }
        catch (TelegramApiException exception)
        {
            return Translate(delivery, exception);
        }
        catch (TelegramTransportException exception)
        {
            return new DeliveryResult.RetryLater(exception.Message);
        }
        catch (FormatException)
        {
            return new DeliveryResult.Undeliverable("not a Telegram chat id", RecipientUnreachable: false);
        }
    }

    private async Task<DeliveryResult> SendTypingAsync(ChatAddress to, CancellationToken cancellationToken)
    {
        await rateLimits.WaitForGlobalTurnAsync(cancellationToken);
        long? threadId = to.ThreadId is { } thread ? TelegramRenderer.ParseId(thread) : null;
        await api.SendChatActionAsync(new SendChatActionRequest(TelegramRenderer.ParseId(to.ChatId), "typing", threadId), cancellationToken);
        return new DeliveryResult.Delivered(null);
    }

    private async Task<DeliveryResult> SendTextAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(delivery.Message.Text))
        {
            return new DeliveryResult.Undeliverable("empty text", RecipientUnreachable: false);
        }

        var parts = TelegramRenderer.Render(delivery.Message);
        var sent = _partsSent.GetValueOrDefault(delivery.OutboxId);
        Message? last = null;
        for (var part = sent; part < parts.Count; part++)
        {
            await rateLimits.WaitForTurnAsync(delivery.Message.To.ChatId, cancellationToken);
            last = await api.SendMessageAsync(parts[part], cancellationToken);
            _partsSent[delivery.OutboxId] = part + 1;
        }

        _partsSent.TryRemove(delivery.OutboxId, out _);
        return new DeliveryResult.Delivered(last?.MessageId.ToString(CultureInfo.InvariantCulture));
    }

    private DeliveryResult Translate(OutboundDelivery delivery, TelegramApiException exception)
    {
        var reason = $"{exception.ErrorCode} {exception.Description}";
        switch (exception.ErrorCode)
        {
            case 429:
                return new DeliveryResult.RetryLater(reason, exception.RetryAfter);
            case 403:
                return new DeliveryResult.Undeliverable(reason, RecipientUnreachable: true);
            case 400 when exception.MigrateToChatId is { } newChatId:
                return new DeliveryResult.ChatMoved(newChatId.ToString(CultureInfo.InvariantCulture));
            case 400:
                // Our request was wrong (a bug in rendering, a deleted topic): retrying cannot help.
                LogRejected(logger, delivery.OutboxId, exception.Description);
                _partsSent.TryRemove(delivery.OutboxId, out _);
                return new DeliveryResult.Undeliverable(reason, RecipientUnreachable: false);
            default:
                // 5xx, 409, a revoked token (401): worth trying again later.
                return new DeliveryResult.RetryLater(reason, exception.RetryAfter);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram rejected outbox message {OutboxId}: {Description}")]
    private static partial void LogRejected(ILogger logger, long outboxId, string description);
}

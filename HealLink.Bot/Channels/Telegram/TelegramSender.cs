using System.Text;
using System.Collections.Concurrent;
using System.Globalization;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Delivers outbox messages through the Bot API, inside Telegram's rate limits, and translates its answers into
/// what the dispatcher should do: 429 waits retry_after, 5xx and network trouble retry with backoff, 403 means the
/// person blocked us, and a migrated chat moves. Telegram.Bot's own retries are off (see
/// <see cref="TelegramChannelExtensions"/>), so a 429 comes back here at once and its wait is the outbox's to keep.
/// </summary>
internal sealed partial class TelegramSender(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    TelegramRateLimits rateLimits,
    TokenRedactor redactor,
    TelegramFileUploader uploader,
    ILogger<TelegramSender> logger) : IChannelSender
{
    private const int MaxTopicName = 128;

    // Parts of a long message already sent, by outbox id, so a retry after a failure mid-way does not repeat them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public Platform Platform => Platform.Telegram;

    public async Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            return await SendKindAsync(delivery, cancellationToken);
        }
        catch (RequestException exception) when (delivery.Message.To.ThreadId is not null && IsLostThread(TelegramFailure.Of(exception, redactor)))
        {
            // A topic the person deleted: the message goes to the chat itself rather than nowhere.
            LogThreadLost(logger, delivery.OutboxId);
            var unthreaded = delivery with { Message = delivery.Message with { To = delivery.Message.To with { ThreadId = null } } };
            try
            {
                return await SendKindAsync(unthreaded, cancellationToken);
            }
            catch (RequestException again)
            {
                return Translate(delivery, TelegramFailure.Of(again, redactor));
            }
        }
        catch (RequestException exception)
        {
            return Translate(delivery, TelegramFailure.Of(exception, redactor));
        }
        catch (FormatException)
        {
            return new DeliveryResult.Undeliverable("not a Telegram chat id", RecipientUnreachable: false);
        }
    }

    private Task<DeliveryResult> SendKindAsync(OutboundDelivery delivery, CancellationToken cancellationToken) => delivery.Message.Kind switch
    {
        OutboundKind.Typing => SendTypingAsync(delivery.Message.To, cancellationToken),
        OutboundKind.Copy => CopyAsync(delivery.Message, cancellationToken),
        OutboundKind.OpenThread => OpenTopicAsync(delivery.Message, cancellationToken),

        // A private chat's topic stays open: the person may scroll back through it, and nothing typed there is lost.
        OutboundKind.CloseThread => Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered(null)),
        OutboundKind.Document => SendDocumentAsync(delivery.Message, cancellationToken),
        _ => SendTextAsync(delivery, cancellationToken),
    };

    /// <summary>
    /// copyMessage: the copy has no link to its sender; a caption, when given, names them instead. A file from another
    /// platform cannot be copied and is uploaded instead.
    /// </summary>
    private async Task<DeliveryResult> CopyAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.File is { } file && file.From != Platform)
        {
            return await uploader.UploadAsync(message, file, cancellationToken);
        }

        if (message.CopyOf is not { } original)
        {
            return new DeliveryResult.Undeliverable("a copy without an original", RecipientUnreachable: false);
        }

        await rateLimits.WaitForTurnAsync(message.To.ChatId, cancellationToken);
        var copy = await bot.CopyMessage(
            TelegramRenderer.ParseId(message.To.ChatId),
            TelegramRenderer.ParseId(original.ChatId),
            TelegramRenderer.ParseMessageId(original.MessageId),
            caption: message.Text.Length == 0 ? null : TelegramRenderer.EscapeHtml(message.Text),
            parseMode: ParseMode.Html,
            messageThreadId: TelegramRenderer.ParseThreadId(message.To.ThreadId),
            cancellationToken: cancellationToken);
        return new DeliveryResult.Delivered(copy.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A topic named after the other person, when the bot's private chats have topics; otherwise nothing to do.</summary>
    private async Task<DeliveryResult> OpenTopicAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (!await identity.HasTopicsAsync(cancellationToken))
        {
            return new DeliveryResult.Delivered(null);
        }

        await rateLimits.WaitForTurnAsync(message.To.ChatId, cancellationToken);
        var name = message.Text.Length is >= 1 and <= MaxTopicName ? message.Text : message.Text.Length == 0 ? "Conversation" : message.Text[..MaxTopicName];
        var topic = await bot.CreateForumTopic(TelegramRenderer.ParseId(message.To.ChatId), name, cancellationToken: cancellationToken);
        return new DeliveryResult.Delivered(topic.MessageThreadId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>sendDocument: a text file uploaded from memory (nothing is written to disk).</summary>
    private async Task<DeliveryResult> SendDocumentAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        await rateLimits.WaitForTurnAsync(message.To.ChatId, cancellationToken);
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(message.Text));
        var sent = await bot.SendDocument(
            TelegramRenderer.ParseId(message.To.ChatId),
            InputFile.FromStream(content, message.FileName ?? "file.txt"),
            messageThreadId: TelegramRenderer.ParseThreadId(message.To.ThreadId),
            cancellationToken: cancellationToken);
        return new DeliveryResult.Delivered(sent.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsLostThread(TelegramFailure failure) =>
        failure.ErrorCode == 400 && failure.Description.Contains("thread not found", StringComparison.OrdinalIgnoreCase);

    private async Task<DeliveryResult> SendTypingAsync(ChatAddress to, CancellationToken cancellationToken)
    {
        await rateLimits.WaitForGlobalTurnAsync(cancellationToken);
        await bot.SendChatAction(
            TelegramRenderer.ParseId(to.ChatId), ChatAction.Typing, TelegramRenderer.ParseThreadId(to.ThreadId), cancellationToken: cancellationToken);
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
            last = await bot.SendRequest(parts[part], cancellationToken);
            _partsSent[delivery.OutboxId] = part + 1;
        }

        _partsSent.TryRemove(delivery.OutboxId, out _);
        return new DeliveryResult.Delivered(last?.Id.ToString(CultureInfo.InvariantCulture));
    }

    private DeliveryResult Translate(OutboundDelivery delivery, TelegramFailure failure)
    {
        var reason = failure.ToString();
        switch (failure.ErrorCode)
        {
            case null:
                return new DeliveryResult.RetryLater(reason);
            case 429:
                return new DeliveryResult.RetryLater(reason, failure.RetryAfter);
            case 403:
                return new DeliveryResult.Undeliverable(reason, RecipientUnreachable: true);
            case 400 when failure.MigrateToChatId is { } newChatId:
                return new DeliveryResult.ChatMoved(newChatId.ToString(CultureInfo.InvariantCulture));
            case 400:
                // Our request was wrong (a bug in rendering, a deleted topic): retrying cannot help.
                LogRejected(logger, delivery.OutboxId, failure.Description);
                _partsSent.TryRemove(delivery.OutboxId, out _);
                return new DeliveryResult.Undeliverable(reason, RecipientUnreachable: false);
            default:
                // 5xx, 409, a revoked token (401): worth trying again later.
                return new DeliveryResult.RetryLater(reason, failure.RetryAfter);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The topic of outbox message {OutboxId} is gone; sending it to the chat itself")]
    private static partial void LogThreadLost(ILogger logger, long outboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram rejected outbox message {OutboxId}: {Description}")]
    private static partial void LogRejected(ILogger logger, long outboxId, string description);
}

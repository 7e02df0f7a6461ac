using System.Text;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Bot.Channels.Media;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Delivers the outbox's messages on Discord: in the person's direct messages with the bot (the chat id is that DM
/// channel, as it arrived), or in their conversation's private thread in thread mode (the thread id). Failures come
/// back as the outbox understands them (retry after, unreachable person, permanent), already sorted by the REST
/// client; nothing here throws for an answer Discord can give.
/// </summary>
internal sealed partial class DiscordSender(
    DiscordMessagesApi messages,
    DiscordConversationThreads threads,
    RelayedFileFetcher files,
    IOptions<DiscordOptions> options,
    ILogger<DiscordSender> logger) : IChannelSender
{
    public Platform Platform => Platform.Discord;

    public async Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var message = delivery.Message;
        switch (message.Kind)
        {
            case OutboundKind.OpenThread:
                return await threads.OpenAsync(delivery.OutboxId, message, cancellationToken);
            case OutboundKind.CloseThread:
                return await threads.CloseAsync(message, cancellationToken);
        }

        var result = await SendKindAsync(delivery.OutboxId, message, cancellationToken);
        if (result is not DeliveryResult.Undeliverable { RecipientUnreachable: false } || message.To.ThreadId is not { } threadId)
        {
            return result;
        }

        // Discord archives a thread that was quiet for a week; the conversation did not end, so it is opened again.
        if (await threads.ReopenAsync(threadId, cancellationToken))
        {
            return await SendKindAsync(delivery.OutboxId, message, cancellationToken);
        }

        // Locked or deleted by a moderator: the conversation goes on in their DMs rather than falling silent.
        LogThreadLost(logger, result.ToString());
        return await SendKindAsync(delivery.OutboxId, message with { To = message.To with { ThreadId = null } }, cancellationToken);
    }

    private Task<DeliveryResult> SendKindAsync(long outboxId, OutboundMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        OutboundKind.Typing => TypingAsync(message.To, cancellationToken),
        OutboundKind.Document => DocumentAsync(outboxId, message, cancellationToken),
        OutboundKind.Copy => CarryFileAsync(outboxId, message, cancellationToken),
        _ => TextAsync(outboxId, message, cancellationToken),
    };

    /// <summary>Where a message to this address goes: the conversation's thread when it has one, else the DM.</summary>
    private static string Channel(ChatAddress to) => to.ThreadId ?? to.ChatId;

    private async Task<DeliveryResult> TextAsync(long outboxId, OutboundMessage message, CancellationToken cancellationToken)
    {
        DeliveryResult result = new DeliveryResult.Delivered(null);
        foreach (var part in DiscordRenderer.Render(outboxId, message))
        {
            result = (await messages.SendAsync(Channel(message.To), part, cancellationToken)).ToDeliveryResult(sent => sent.Id);
            if (result is not DeliveryResult.Delivered)
            {
                // Parts already sent keep their nonces, so the retry of the whole message does not post them again.
                return result;
            }
        }

        return result;
    }

    private async Task<DeliveryResult> TypingAsync(ChatAddress to, CancellationToken cancellationToken) =>
        (await messages.TriggerTypingAsync(Channel(to), cancellationToken)).ToDeliveryResult(_ => null);

    /// <summary>
    /// Discord cannot copy a message: a person's file is downloaded from where they sent it and uploaded here, with
    /// the caption as the message's words. A file bigger than Discord takes is refused before any upload.
    /// </summary>
    private async Task<DeliveryResult> CarryFileAsync(long outboxId, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.File is not { } file)
        {
            return new DeliveryResult.Undeliverable("a copy without a file to carry", RecipientUnreachable: false);
        }

        var download = await files.FetchAsync(file, options.Value.MaxFileBytes, cancellationToken);
        if (download is not MediaDownload.Fetched fetched)
        {
            return ((MediaDownload.Failed)download).ToDeliveryResult();
        }

        var upload = new DiscordNewMessage(message.Text)
        {
            Nonce = DiscordRenderer.Nonce(outboxId, 0),
            Files = [new DiscordFile(file.FileName, fetched.Bytes, file.ContentType ?? "application/octet-stream")],
        };
        return (await messages.SendAsync(Channel(message.To), upload, cancellationToken)).ToDeliveryResult(sent => sent.Id);
    }

    /// <summary>A text file uploaded from memory (the data export): nothing is written to disk.</summary>
    private async Task<DeliveryResult> DocumentAsync(long outboxId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var name = message.FileName ?? "file.txt";
        var type = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "text/plain; charset=utf-8";
        var file = new DiscordFile(name, Encoding.UTF8.GetBytes(message.Text), type);
        var upload = new DiscordNewMessage("") { Nonce = DiscordRenderer.Nonce(outboxId, 0), Files = [file] };
        return (await messages.SendAsync(Channel(message.To), upload, cancellationToken)).ToDeliveryResult(sent => sent.Id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation's Discord thread is closed or gone ({Problem}); its messages go to direct messages")]
    private static partial void LogThreadLost(ILogger logger, string problem);
}

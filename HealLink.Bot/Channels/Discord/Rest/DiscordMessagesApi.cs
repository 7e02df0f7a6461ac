using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>Creating and editing messages in a channel (a DM or a thread), and the typing indicator.</summary>
public sealed class DiscordMessagesApi(DiscordRestClient client, IOptions<DiscordOptions> options)
{
    /// <summary>
    /// Sends a message with <c>allowed_mentions</c> that ping nobody; with a nonce, <c>enforce_nonce</c> makes a
    /// retry of a send Discord already took return the original message instead of a second one.
    /// </summary>
    public Task<DiscordResult<DiscordMessage>> SendAsync(string channelId, DiscordNewMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (DiscordMessageLimits.Check(message, options.Value.MaxFileBytes) is { } refused)
        {
            return Task.FromResult<DiscordResult<DiscordMessage>>(refused);
        }

        var payload = new CreateMessagePayload(
            message.Content,
            message.Nonce,
            message.Nonce is null ? null : true,
            AllowedMentions.None,
            message.Components,
            message.ReplyToMessageId is { } reply ? new MessageReference(reply) : null,
            message.Files.Count == 0 ? null : [.. message.Files.Select((file, n) => new AttachmentSlot(n, file.FileName))]);
        var body = message.Files.Count == 0 ? DiscordRequestBodies.Json(payload) : DiscordRequestBodies.Multipart(payload, message.Files);
        return client.SendAsync<DiscordMessage>(DiscordRoutes.CreateMessage(channelId), body, cancellationToken);
    }

    public Task<DiscordResult<DiscordMessage>> EditAsync(string channelId, string messageId, DiscordMessageEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return client.SendMessageJsonAsync<DiscordMessage, EditMessagePayload>(
            DiscordRoutes.EditMessage(channelId, messageId), edit.Content, EditMessagePayload.From(edit), cancellationToken);
    }

    /// <summary>Shows "typing…" in the channel for about 10 seconds, or until the bot's next message.</summary>
    public Task<DiscordResult<NoContent>> TriggerTypingAsync(string channelId, CancellationToken cancellationToken)
    {
        return client.SendAsync<NoContent>(DiscordRoutes.Typing(channelId), null, cancellationToken);
    }
}

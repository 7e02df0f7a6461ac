using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Channels.Discord.Gateway.Events;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Turns Gateway dispatches into our own messages: the one place that knows Discord's event shapes. Update ids carry
/// the kind ("m" message, "i" interaction, "e" an edit with its time), as Discord's message and interaction ids are
/// separate sequences and one message can be edited many times. Anything written in a server is marked so: only a
/// conversation's own thread there is for HealLink, which the handler checks against the database.
/// </summary>
internal static class DiscordDispatchReader
{
    public static DiscordInbound Read(GatewayDispatch dispatch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        return dispatch switch
        {
            { Type: GatewayDispatch.MessageUpdate, Message: { } edited } => FromEdit(edited, now),
            { Message: { } message } => FromMessage(message, now),
            { Interaction: { } interaction } => FromInteraction(interaction, now),
            _ => new DiscordInbound.Skipped($"a {dispatch.Type} event, which HealLink does not handle"),
        };
    }

    /// <summary>A person edited their text: a relayed message's edit is passed on as a note, as on Telegram.</summary>
    private static DiscordInbound FromEdit(DiscordMessage edited, DateTimeOffset now)
    {
        if (edited.EditedTimestamp is not { } at)
        {
            return new DiscordInbound.Skipped("an update without an edit (a link preview or a pin)");
        }

        var inbound = new InboundMessage(
            new ChatAddress(Platform.Discord, edited.ChannelId), edited.Author.Id, $"e{edited.Id}:{at}", new EditedText(edited.Id, edited.Content), now)
        {
            MessageId = edited.Id,
        };
        return new DiscordInbound.ForPipeline(inbound, null) { InServer = edited.GuildId is not null };
    }

    private static DiscordInbound.ForPipeline FromMessage(DiscordMessage message, DateTimeOffset now)
    {
        InboundContent content = message.Attachments switch
        {
            [var file] => new MediaInput(
                DiscordAttachmentKinds.Of(file),
                message.Id,
                message.Content.Length == 0 ? null : message.Content,
                new MediaFile(file.Url, file.Filename, file.ContentType, file.Size)),
            { Count: > 1 } => new UnsupportedInput(UnsupportedInput.SeveralFiles),
            _ => new TextInput(message.Content),
        };
        var inbound = new InboundMessage(
            new ChatAddress(Platform.Discord, message.ChannelId), message.Author.Id, "m" + message.Id, content, now)
        {
            MessageId = message.Id,
            ReplyToMessageId = message.MessageReference?.MessageId,
        };
        return new DiscordInbound.ForPipeline(inbound, null) { InServer = message.GuildId is not null };
    }

    private static DiscordInbound FromInteraction(DiscordInteraction interaction, DateTimeOffset now)
    {
        if (interaction.ChannelId is not { } channelId || interaction.Invoker is not { Bot: not true } invoker)
        {
            return new DiscordInbound.Skipped("an interaction without a channel or a person");
        }

        InboundContent? content = interaction switch
        {
            { Type: DiscordInteraction.MessageComponent, Data.CustomId: { } payload } => new ButtonPress(payload),

            // A slash command is what typing it would be: the conversation knows its commands by their text.
            { Type: DiscordInteraction.ApplicationCommand, Data.Name: { } name } => new TextInput("/" + name),
            _ => null,
        };
        if (content is null)
        {
            return new DiscordInbound.Skipped($"an interaction of type {interaction.Type}, which HealLink does not handle");
        }

        var inbound = new InboundMessage(
            new ChatAddress(Platform.Discord, channelId), invoker.Id, "i" + interaction.Id, content, now)
        {
            LanguageCode = interaction.Locale,
        };
        return new DiscordInbound.ForPipeline(inbound, interaction) { InServer = interaction.GuildId is not null || interaction.Member is not null };
    }
}

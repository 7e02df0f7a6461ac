namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>The interaction response types the bot uses (9, a modal, is not one of them yet).</summary>
public enum DiscordCallbackType
{
    ChannelMessage = 4,
    DeferredChannelMessage = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
}

/// <summary>A message sent as an interaction's answer or follow-up; <c>flags</c> 64 makes it ephemeral.</summary>
public sealed record DiscordInteractionMessage(string? Content, IReadOnlyList<DiscordComponent>? Components = null, bool Ephemeral = false);

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record DiscordInteractionResponse(DiscordCallbackType Type, DiscordInteractionMessage? Data = null)
{
    public static DiscordInteractionResponse Message(DiscordInteractionMessage message) => new(DiscordCallbackType.ChannelMessage, message);

    public static DiscordInteractionResponse DeferredMessage(bool ephemeral = false) =>
        new(DiscordCallbackType.DeferredChannelMessage, ephemeral ? new DiscordInteractionMessage(null, Ephemeral: true) : null);

    public static DiscordInteractionResponse DeferredUpdate() => new(DiscordCallbackType.DeferredUpdateMessage);

    public static DiscordInteractionResponse UpdateMessage(DiscordInteractionMessage message) => new(DiscordCallbackType.UpdateMessage, message);
}

internal sealed record InteractionMessagePayload(string? Content, IReadOnlyList<DiscordComponent>? Components, int? Flags, AllowedMentions AllowedMentions)
{
    private const int Ephemeral = 1 << 6;

    public static InteractionMessagePayload From(DiscordInteractionMessage message) =>
        new(message.Content, message.Components, message.Ephemeral ? Ephemeral : null, AllowedMentions.None);
}

internal sealed record InteractionCallbackPayload(int Type, InteractionMessagePayload? Data);

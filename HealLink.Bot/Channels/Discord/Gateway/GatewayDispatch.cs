using System.Text.Json;
using HealLink.Bot.Channels.Discord.Gateway.Events;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// One dispatch (op 0) from the Gateway: its event name <see cref="Type"/> (<c>t</c>), sequence (<c>s</c>) and payload
/// (<c>d</c>). For the events the bot needs, <see cref="Message"/> or <see cref="Interaction"/> holds it already read.
/// </summary>
public sealed record GatewayDispatch(string Type, long? Sequence, JsonElement Data)
{
    public const string MessageCreate = "MESSAGE_CREATE";
    public const string MessageUpdate = "MESSAGE_UPDATE";
    public const string InteractionCreate = "INTERACTION_CREATE";
    public const string Ready = "READY";
    public const string Resumed = "RESUMED";

    /// <summary>Set for MESSAGE_CREATE, and for a MESSAGE_UPDATE that is a person's edit of their text.</summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>Set for READY, as the intake read it when it started the session: who the bot is.</summary>
    public DiscordBotIdentity? Identity { get; init; }

    /// <summary>Set for INTERACTION_CREATE.</summary>
    public DiscordInteraction? Interaction { get; init; }

    // Never the payload, should a dispatch end up in a log line: it holds what people wrote.
    public override string ToString() => $"{Type} (s={Sequence})";
}

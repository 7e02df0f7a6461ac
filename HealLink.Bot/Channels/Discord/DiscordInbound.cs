using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Discord;

/// <summary>What one Gateway dispatch means for HealLink: a message for the pipeline, or something to skip.</summary>
internal abstract record DiscordInbound
{
    /// <summary>
    /// A person wrote in their direct messages with the bot, pressed one of its buttons or used a slash command.
    /// <paramref name="Interaction"/> is set for the last two: it must be answered within 3 s.
    /// </summary>
    public sealed record ForPipeline(InboundMessage Message, Gateway.Events.DiscordInteraction? Interaction) : DiscordInbound;

    /// <summary>Not for us (a guild message, a new kind of event) or unreadable; skipped with a reason for the log.</summary>
    public sealed record Skipped(string Reason) : DiscordInbound;
}

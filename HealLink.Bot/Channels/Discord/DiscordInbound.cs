using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Discord;

/// <summary>What one Gateway dispatch means for HealLink: a message for the pipeline, or something to skip.</summary>
internal abstract record DiscordInbound
{
    /// <summary>
    /// A person wrote to the bot, pressed one of its buttons or used a slash command. <paramref name="Interaction"/> is
    /// set for the last two: it must be answered within 3 s.
    /// </summary>
    public sealed record ForPipeline(InboundMessage Message, Gateway.Events.DiscordInteraction? Interaction) : DiscordInbound
    {
        /// <summary>
        /// Written in a server's channel rather than the DMs: the pipeline takes it only from the person whose
        /// conversation thread the channel is, addressed to their own chat (the message's chat id is the thread's).
        /// </summary>
        public bool InServer { get; init; }
    }

    /// <summary>Not for us (a new kind of event, a bot's message) or unreadable; skipped with a reason for the log.</summary>
    public sealed record Skipped(string Reason) : DiscordInbound;
}

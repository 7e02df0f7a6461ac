namespace HealLink.Bot.Channels.Discord.Gateway.Events;

/// <summary>
/// An INTERACTION_CREATE: a command (type 2), a button or select (3) or a modal submit (5). It must be answered over
/// HTTP within 3 s with <see cref="Id"/> and <see cref="Token"/>; the token is a secret for 15 minutes.
/// </summary>
public sealed record DiscordInteraction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    string? ChannelId = null,
    DiscordInteractionData? Data = null,
    DiscordUser? User = null,
    DiscordGuildMember? Member = null,
    DiscordComponentMessage? Message = null,
    string? GuildId = null,
    string? Locale = null)
{
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ModalSubmit = 5;

    /// <summary>Who acted: <c>user</c> in direct messages, <c>member.user</c> in guilds.</summary>
    public DiscordUser? Invoker => User ?? Member?.User;

    // Never the token (it answers for the bot for 15 minutes), should an interaction end up in a log line.
    public override string ToString() => $"interaction {Id} (type {Type}) in channel {ChannelId}";
}

/// <summary><see cref="Name"/> for commands; <see cref="CustomId"/>, <see cref="ComponentType"/> and <see cref="Values"/> for components.</summary>
public sealed record DiscordInteractionData(
    string? Name = null,
    string? CustomId = null,
    int? ComponentType = null,
    IReadOnlyList<string>? Values = null);

public sealed record DiscordGuildMember(DiscordUser? User = null);

/// <summary>The message a component sat on.</summary>
public sealed record DiscordComponentMessage(string Id);

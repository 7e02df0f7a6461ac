namespace HealLink.Bot.Channels.Discord.Gateway.Events;

/// <summary>A MESSAGE_CREATE, with the fields the bot uses. <see cref="GuildId"/> is null in direct messages.</summary>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    DiscordUser Author,
    string Content,
    string? GuildId = null,
    IReadOnlyList<DiscordAttachment>? Attachments = null,
    DiscordMessageReference? MessageReference = null,
    string? EditedTimestamp = null)
{
    // Never the content, should a message end up in a log line.
    public override string ToString() => $"message {Id} in channel {ChannelId}";
}

public sealed record DiscordAttachment(string Id, string Filename, long Size, string Url, string? ContentType = null);

public sealed record DiscordMessageReference(string? MessageId = null, string? ChannelId = null, string? GuildId = null);

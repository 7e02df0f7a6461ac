namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// A message to create. <see cref="Content"/> is at most 2000 characters (the caller splits longer text);
/// <see cref="Nonce"/> (at most 25 characters, e.g. from the outbox id) makes a retried send return the original.
/// </summary>
public sealed record DiscordNewMessage(string Content)
{
    public string? Nonce { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }

    public string? ReplyToMessageId { get; init; }

    public IReadOnlyList<DiscordFile> Files { get; init; } = [];
}

/// <summary>New content and/or components for a message; a null field is left as it is.</summary>
public sealed record DiscordMessageEdit(string? Content, IReadOnlyList<DiscordComponent>? Components = null);

public sealed record DiscordFile(string FileName, ReadOnlyMemory<byte> Content, string ContentType = "application/octet-stream");

public sealed record DiscordMessage(string Id, string ChannelId, string? Content)
{
    public IReadOnlyList<DiscordAttachment> Attachments { get; init; } = [];
}

public sealed record DiscordAttachment(string Id, string Filename, long Size, string Url);

/// <summary>A channel: <see cref="Recipients"/> for a DM (the person), <see cref="GuildId"/> for a guild's channel or thread.</summary>
public sealed record DiscordChannel(string Id, int Type, string? Name = null, string? GuildId = null)
{
    public IReadOnlyList<Gateway.Events.DiscordUser> Recipients { get; init; } = [];

    public DiscordThreadMetadata? ThreadMetadata { get; init; }
}

public sealed record DiscordThreadMetadata(bool Archived = false, bool Locked = false);

/// <summary>
/// Who a message may ping: nobody. People's words are relayed as they wrote them, and an "@everyone" in them must
/// stay text; replies do not ping the replied-to person either.
/// </summary>
internal sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    public IReadOnlyList<string> Parse { get; init; } = [];

    public bool RepliedUser { get; init; }
}

internal sealed record MessageReference(string MessageId)
{
    public bool FailIfNotExists { get; init; }
}

internal sealed record AttachmentSlot(int Id, string Filename);

internal sealed record CreateMessagePayload(
    string Content,
    string? Nonce,
    bool? EnforceNonce,
    AllowedMentions AllowedMentions,
    IReadOnlyList<DiscordComponent>? Components,
    MessageReference? MessageReference,
    IReadOnlyList<AttachmentSlot>? Attachments);

internal sealed record EditMessagePayload(string? Content, IReadOnlyList<DiscordComponent>? Components, AllowedMentions AllowedMentions)
{
    public static EditMessagePayload From(DiscordMessageEdit edit) => new(edit.Content, edit.Components, AllowedMentions.None);
}

using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

public sealed record FakeRestUser(string Id, string Name);

public sealed record FakeAttachment(string Id, string Filename, string? ContentType, byte[] Bytes, Uri Url);

/// <summary>A message the bot created, as stored (components and allowed_mentions as the JSON sent).</summary>
public sealed record FakeMessage(
    string Id,
    string ChannelId,
    string Content,
    JsonArray? Components,
    JsonObject? AllowedMentions,
    string? Nonce,
    string? ReplyToMessageId,
    IReadOnlyList<FakeAttachment> Attachments,
    int? Flags)
{
    public int Edits { get; init; }
}

public sealed record FakeInteractionCallback(string InteractionId, string Token, int Type, JsonObject? Data);

public sealed record FakeThread(string Id, string ParentId, string Name, int Type, int AutoArchiveDuration, bool Invitable)
{
    public IReadOnlyList<string> Members { get; init; } = [];

    public bool Archived { get; init; }

    public bool Locked { get; init; }
}

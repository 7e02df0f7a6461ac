using System.Globalization;
using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>Messages and channels as Discord's JSON shows them.</summary>
internal static class FakeMessageJson
{
    public const string BotUserId = "1100000000000000001";

    public static JsonObject Message(FakeMessage message, DateTimeOffset at) => new()
    {
        ["id"] = message.Id,
        ["channel_id"] = message.ChannelId,
        ["type"] = message.ReplyToMessageId is null ? 0 : 19,
        ["content"] = message.Content,
        ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = "HealLink", ["bot"] = true },
        ["timestamp"] = at.ToString("O", CultureInfo.InvariantCulture),
        ["nonce"] = message.Nonce,
        ["components"] = message.Components?.DeepClone() ?? new JsonArray(),
        ["flags"] = message.Flags ?? 0,
        ["attachments"] = new JsonArray([.. message.Attachments.Select(Attachment)]),
    };

    public static JsonObject Attachment(FakeAttachment attachment) => new()
    {
        ["id"] = attachment.Id,
        ["filename"] = attachment.Filename,
        ["size"] = attachment.Bytes.Length,
        ["url"] = attachment.Url.ToString(),
        ["content_type"] = attachment.ContentType,
    };

    public static JsonObject Channel(string id, int type, string? name = null) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["name"] = name,
    };

    public static JsonObject Thread(FakeThread thread) => new()
    {
        ["id"] = thread.Id,
        ["type"] = thread.Type,
        ["guild_id"] = FakeRestState.GuildId,
        ["parent_id"] = thread.ParentId,
        ["name"] = thread.Name,
        ["thread_metadata"] = new JsonObject
        {
            ["archived"] = thread.Archived,
            ["locked"] = thread.Locked,
            ["auto_archive_duration"] = thread.AutoArchiveDuration,
            ["invitable"] = thread.Invitable,
        },
    };
}

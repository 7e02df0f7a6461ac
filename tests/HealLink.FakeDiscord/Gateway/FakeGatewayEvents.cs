using System.Text.Json.Nodes;
using HealLink.FakeDiscord.Rest;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>The <c>d</c> of the dispatches people cause: MESSAGE_CREATE and INTERACTION_CREATE, shaped as Discord sends them.</summary>
internal static class FakeGatewayEvents
{
    public static JsonObject User(FakeDiscordUser user, bool bot = false)
    {
        var json = new JsonObject { ["id"] = user.Id, ["username"] = user.Username, ["global_name"] = user.GlobalName };
        if (bot)
        {
            json["bot"] = true;
        }

        return json;
    }

    public static JsonObject Message(string id, FakeDiscordUser author, string channelId, string content, string? guildId, bool fromBot)
    {
        var json = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = User(author, fromBot),
            ["content"] = content,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["attachments"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["flags"] = 0,
        };
        if (guildId is null)
        {
            json["channel_type"] = 1;
        }
        else
        {
            json["guild_id"] = guildId;
        }

        return json;
    }

    /// <summary>An attachment of a MESSAGE_CREATE, with its CDN address as <c>url</c> and <c>proxy_url</c>.</summary>
    public static JsonObject Attachment(FakeAttachment file) => new()
    {
        ["id"] = file.Id,
        ["filename"] = file.Filename,
        ["size"] = file.Bytes.Length,
        ["url"] = file.Url.ToString(),
        ["proxy_url"] = file.Url.ToString(),
        ["content_type"] = file.ContentType,
    };

    /// <summary>A button press (type 3, component_type 2) on a message; in a guild the invoker is <c>member.user</c>.</summary>
    public static JsonObject ButtonPress(string id, string applicationId, FakeDiscordUser user, string channelId, string messageId, string customId, string? guildId)
    {
        var json = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = applicationId,
            ["type"] = 3,
            ["token"] = "interaction-token-" + id,
            ["channel_id"] = channelId,
            ["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
            ["message"] = new JsonObject { ["id"] = messageId },
            ["version"] = 1,
        };
        if (guildId is null)
        {
            json["user"] = User(user);
        }
        else
        {
            json["guild_id"] = guildId;
            json["member"] = new JsonObject { ["user"] = User(user) };
        }

        return json;
    }
}

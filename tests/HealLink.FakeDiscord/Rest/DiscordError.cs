using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>An error answer as Discord writes it: <c>{code, message, errors?}</c> with an HTTP status.</summary>
internal sealed class DiscordError(int status, int code, string message, JsonObject? errors = null) : Exception(message)
{
    public int Status => status;

    public JsonObject Body()
    {
        var body = new JsonObject { ["message"] = Message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return body;
    }

    public static DiscordError Unauthorized() => new(401, 0, "401: Unauthorized");

    public static DiscordError UnknownChannel() => new(404, 10003, "Unknown Channel");

    public static DiscordError UnknownMessage() => new(404, 10008, "Unknown Message");

    public static DiscordError UnknownMember() => new(404, 10007, "Unknown Member");

    public static DiscordError UnknownUser() => new(404, 10013, "Unknown User");

    public static DiscordError CannotSendToUser() => new(403, 50007, "Cannot send messages to this user");

    public static DiscordError ThreadArchived() => new(400, 50083, "Thread is archived");

    public static DiscordError AlreadyAcknowledged() => new(400, 40060, "Interaction has already been acknowledged.");

    public static DiscordError TooLarge() => new(413, 40005, "Request entity too large");

    public static DiscordError EmptyMessage() => new(400, 50006, "Cannot send an empty message");

    public static DiscordError InvalidJson() => new(400, 50109, "The request body contains invalid JSON.");

    /// <summary>50035 Invalid Form Body, with the field's path (<c>components.0.components.1.custom_id</c>) in <c>errors</c>.</summary>
    public static DiscordError InvalidForm(string path, string errorCode, string detail)
    {
        JsonNode node = new JsonObject
        {
            ["_errors"] = new JsonArray(new JsonObject { ["code"] = errorCode, ["message"] = detail }),
        };
        foreach (var part in path.Split('.').Reverse())
        {
            node = new JsonObject { [part] = node };
        }

        return new(400, 50035, "Invalid Form Body", (JsonObject)node);
    }
}

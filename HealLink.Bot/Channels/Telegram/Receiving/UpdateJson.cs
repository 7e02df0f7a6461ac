using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HealLink.Bot.Channels.Telegram.Receiving;

/// <summary>Reads one update with Telegram.Bot's own types and serializer settings.</summary>
public static class UpdateJson
{
    /// <summary>
    /// The update with its id; the update itself null when its fields are not what the Bot API sends. Null when
    /// there is not even an id: then it cannot be acknowledged on its own, and the next offset passes over it.
    /// </summary>
    public static ReceivedUpdate? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || ReadId(element) is not { } updateId)
        {
            return null;
        }

        try
        {
            return new ReceivedUpdate(updateId, element.Deserialize<Update>(JsonBotAPI.Options));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Untrusted input through the library's converters, which throw whatever their code meets: besides
            // JsonException, a KeyNotFoundException from its polymorphic converter when a chat member has no
            // status (found by the generated fuzz tests). Whatever it is, this update cannot be read.
            return new ReceivedUpdate(updateId, null);
        }
    }

    private static long? ReadId(JsonElement update)
    {
        try
        {
            return update.TryGetProperty("update_id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var updateId)
                ? updateId
                : null;
        }
        catch (InvalidOperationException)
        {
            // A field name with an escaped lone surrogate (\udc00) cannot be compared with "update_id": System.Text.Json
            // throws instead of answering no. Found by the generated fuzz tests: it ended the polling loop and the bot.
            return null;
        }
    }
}

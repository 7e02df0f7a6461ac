using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealLink.Bot.Channels.Discord.Gateway.Events;

// Required constructor parameters and nullable annotations are enforced, so a dispatch missing an id or with the
// wrong shape fails to read instead of reaching the handler half-filled.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(DiscordReady))]
internal sealed partial class GatewayEventJson : JsonSerializerContext
{
    /// <summary>The event, or null when <paramref name="data"/> is not one (never throws: frames come from the network).</summary>
    public static T? TryRead<T>(JsonElement data, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return data.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>Discord's JSON: snake_case names, absent rather than null fields (null often means "clear this").</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

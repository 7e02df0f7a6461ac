using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>One frame from the Gateway, <c>{op, d, s, t}</c>; <see cref="Data"/> is a detached copy, safe to keep.</summary>
internal readonly record struct GatewayFrame(int Op, JsonElement Data, long? Sequence, string? Type)
{
    /// <summary>False for anything that is not a JSON object with a numeric <c>op</c>; the caller logs and skips it.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> utf8, out GatewayFrame frame)
    {
        frame = default;
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("op", out var op)
                || op.ValueKind != JsonValueKind.Number
                || !op.TryGetInt32(out var code))
            {
                return false;
            }

            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var number)
                ? number
                : null;
            var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            frame = new GatewayFrame(code, data, sequence, type);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

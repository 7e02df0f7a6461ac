using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>The frames the fake sends, as Discord shapes them: <c>{op, d, s, t}</c>.</summary>
internal static class FakeGatewayFrames
{
    public static string Hello(TimeSpan heartbeatInterval) =>
        Frame(10, new JsonObject { ["heartbeat_interval"] = (long)heartbeatInterval.TotalMilliseconds });

    public static string HeartbeatAck() => Frame(11, null);

    public static string HeartbeatRequest() => Frame(1, null);

    public static string Reconnect() => Frame(7, null);

    public static string InvalidSession(bool resumable) => Frame(9, JsonValue.Create(resumable));

    public static string Dispatch(string type, long? sequence, JsonNode? data) =>
        new JsonObject { ["op"] = 0, ["d"] = data?.DeepClone(), ["s"] = sequence, ["t"] = type }.ToJsonString();

    private static string Frame(int op, JsonNode? data) =>
        new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null }.ToJsonString();
}

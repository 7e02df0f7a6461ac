using System.Buffers;
using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>The frames we send, written as UTF-8 JSON <c>{op, d}</c>.</summary>
internal static class GatewayPayloads
{
    public static byte[] Heartbeat(long? sequence) => Write(GatewayOpCode.Heartbeat, writer => WriteSequence(writer, sequence));

    public static byte[] Identify(string token, int intents) => Write(GatewayOpCode.Identify, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteNumber("intents", intents);
        writer.WriteStartObject("properties");
        writer.WriteString("os", "linux");
        writer.WriteString("browser", "heallink");
        writer.WriteString("device", "heallink");
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(GatewayOpCode.Resume, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteString("session_id", sessionId);
        writer.WritePropertyName("seq");
        WriteSequence(writer, sequence);
        writer.WriteEndObject();
    });

    private static void WriteSequence(Utf8JsonWriter writer, long? sequence)
    {
        if (sequence is { } value)
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static byte[] Write(int op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

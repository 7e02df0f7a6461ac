using System.Text;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>The three protobuf encodings an ONNX model needs: varints, length-delimited bytes and nested messages.</summary>
internal sealed class ProtobufWriter
{
    private const int VarintWire = 0;
    private const int LengthDelimitedWire = 2;

    private readonly List<byte> _buffer = [];

    public static byte[] Message(Action<ProtobufWriter> write)
    {
        var writer = new ProtobufWriter();
        write(writer);
        return [.. writer._buffer];
    }

    public ProtobufWriter Int(int field, long value)
    {
        Tag(field, VarintWire);
        Varint((ulong)value);
        return this;
    }

    public ProtobufWriter Bytes(int field, byte[] value)
    {
        Tag(field, LengthDelimitedWire);
        Varint((ulong)value.Length);
        _buffer.AddRange(value);
        return this;
    }

    public ProtobufWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtobufWriter Nested(int field, Action<ProtobufWriter> write) => Bytes(field, Message(write));

    private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer.Add((byte)value);
    }
}

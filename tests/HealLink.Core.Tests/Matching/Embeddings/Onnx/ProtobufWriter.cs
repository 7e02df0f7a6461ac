using System.Buffers.Binary;
using System.Text;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>The protobuf encodings an ONNX model needs: varints, 32-bit floats, length-delimited bytes and nested messages.</summary>
/// <remarks>
/// Fields are kept as a tree and written once, at the end, when every nested message's length is known: a model's
/// weights (90 MB for MiniLM) go from their arrays to the file without being copied into each enclosing message.
/// Byte payloads are referenced, not copied, so they must not change before the message is written.
/// </remarks>
internal sealed class ProtobufWriter
{
    private const int VarintWire = 0;
    private const int LengthDelimitedWire = 2;
    private const int Fixed32Wire = 5;

    private readonly List<Field> _fields = [];
    private long? _length;

    public static byte[] Message(Action<ProtobufWriter> write)
    {
        var message = Build(write);
        var bytes = new byte[message.Length];
        using var stream = new MemoryStream(bytes);
        message.WriteTo(stream);
        return bytes;
    }

    public static void WriteFile(string path, Action<ProtobufWriter> write)
    {
        var message = Build(write);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        message.WriteTo(file);
    }

    public ProtobufWriter Int(int field, long value) => Add(new Field(Key(field, VarintWire), (ulong)value, default, null));

    public ProtobufWriter Float(int field, float value) =>
        Add(new Field(Key(field, Fixed32Wire), BitConverter.SingleToUInt32Bits(value), default, null));

    public ProtobufWriter Bytes(int field, ReadOnlyMemory<byte> value) => Add(new Field(Key(field, LengthDelimitedWire), 0, value, null));

    public ProtobufWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtobufWriter Nested(int field, Action<ProtobufWriter> write) =>
        Add(new Field(Key(field, LengthDelimitedWire), 0, default, Build(write)));

    private long Length => _length ??= _fields.Sum(entry => entry.Length);

    private static ProtobufWriter Build(Action<ProtobufWriter> write)
    {
        var message = new ProtobufWriter();
        write(message);
        return message;
    }

    private static ulong Key(int field, int wireType) => (ulong)((field << 3) | wireType);

    private static int VarintLength(ulong value) => value < 0x80 ? 1 : 1 + VarintLength(value >> 7);

    private static void WriteVarint(Stream stream, ulong value)
    {
        Span<byte> buffer = stackalloc byte[10];
        var length = 0;
        for (; value >= 0x80; value >>= 7)
        {
            buffer[length++] = (byte)(value | 0x80);
        }

        buffer[length++] = (byte)value;
        stream.Write(buffer[..length]);
    }

    private ProtobufWriter Add(Field field)
    {
        _fields.Add(field);
        _length = null;
        return this;
    }

    private void WriteTo(Stream stream)
    {
        foreach (var field in _fields)
        {
            field.WriteTo(stream);
        }
    }

    /// <summary>One field: <see cref="Number"/> for varint and fixed32 fields, else <see cref="Payload"/> or <see cref="Message"/>.</summary>
    private readonly record struct Field(ulong Key, ulong Number, ReadOnlyMemory<byte> Payload, ProtobufWriter? Message)
    {
        private int WireType => (int)(Key & 7);

        private long PayloadLength => Message?.Length ?? Payload.Length;

        public long Length => VarintLength(Key) + WireType switch
        {
            VarintWire => VarintLength(Number),
            Fixed32Wire => sizeof(uint),
            _ => VarintLength((ulong)PayloadLength) + PayloadLength,
        };

        public void WriteTo(Stream stream)
        {
            WriteVarint(stream, Key);
            switch (WireType)
            {
                case VarintWire:
                    WriteVarint(stream, Number);
                    break;
                case Fixed32Wire:
                    Span<byte> bits = stackalloc byte[sizeof(uint)];
                    BinaryPrimitives.WriteUInt32LittleEndian(bits, (uint)Number);
                    stream.Write(bits);
                    break;
                default:
                    WriteVarint(stream, (ulong)PayloadLength);
                    if (Message is null)
                    {
                        stream.Write(Payload.Span);
                    }
                    else
                    {
                        Message.WriteTo(stream);
                    }

                    break;
            }
        }
    }
}

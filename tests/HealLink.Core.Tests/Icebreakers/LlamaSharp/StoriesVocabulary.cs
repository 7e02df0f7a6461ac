using System.Buffers.Binary;
using System.Text;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// stories260K's tokenizer.* metadata as raw GGUF values, its 512 tokens padded with never-seen filler tokens to a
/// larger vocabulary when asked: the output layer's cost grows with the vocabulary, which is what a benchmark of a
/// 151,936-token model needs, while text still tokenizes as stories260K's does.
/// </summary>
internal static class StoriesVocabulary
{
    private const uint TypeArray = 9;

    public static List<(string Key, uint Type, byte[] Value)> Read(int size)
    {
        using var reader = new BinaryReader(File.OpenRead(SharedModels.Path("gguf-test", "stories260K.gguf")));
        reader.ReadBytes(8);
        reader.ReadUInt64();
        var count = reader.ReadUInt64();
        var kept = new List<(string, uint, byte[])>();
        for (var i = 0UL; i < count; i++)
        {
            var key = ReadString(reader);
            var type = reader.ReadUInt32();
            var start = reader.BaseStream.Position;
            SkipValue(reader, type);
            var length = (int)(reader.BaseStream.Position - start);
            reader.BaseStream.Position = start;
            var value = reader.ReadBytes(length);
            if (key.StartsWith("tokenizer.", StringComparison.Ordinal))
            {
                kept.Add((key, type, type == TypeArray ? Padded(key, value, size) : value));
            }
        }

        return kept;
    }

    /// <summary>An array value (element type, count, elements) with filler elements appended up to <paramref name="size"/>.</summary>
    private static byte[] Padded(string key, byte[] value, int size)
    {
        var count = (int)BinaryPrimitives.ReadUInt64LittleEndian(value.AsSpan(4));
        using var padded = new MemoryStream();
        using var writer = new BinaryWriter(padded);
        writer.Write(value.AsSpan(0, 4));
        writer.Write((ulong)Math.Max(count, size));
        writer.Write(value.AsSpan(12));
        for (var i = count; i < size; i++)
        {
            switch (key)
            {
                case "tokenizer.ggml.tokens": RandomLlamaGguf.WriteString(writer, $"<filler{i}>"); break;
                case "tokenizer.ggml.scores": writer.Write(-1000f); break;
                default: writer.Write(1); break; // token_type: normal
            }
        }

        writer.Flush();
        return padded.ToArray();
    }

    private static void SkipValue(BinaryReader reader, uint type)
    {
        switch (type)
        {
            case 0 or 1 or 7: reader.ReadByte(); break;
            case 2 or 3: reader.ReadUInt16(); break;
            case 4 or 5 or 6: reader.ReadUInt32(); break;
            case 8: ReadString(reader); break;
            case TypeArray:
                var elementType = reader.ReadUInt32();
                var count = reader.ReadUInt64();
                for (var i = 0UL; i < count; i++)
                {
                    SkipValue(reader, elementType);
                }

                break;
            default: reader.ReadUInt64(); break; // 10, 11, 12: 64-bit values
        }
    }

    private static string ReadString(BinaryReader reader) => Encoding.UTF8.GetString(reader.ReadBytes((int)reader.ReadUInt64()));
}

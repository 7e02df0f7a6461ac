using System.Runtime.InteropServices;
using System.Text;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// Writes a llama-architecture GGUF (version 3) with random F32 weights of a chosen shape, with stories260K's
/// 512-token vocabulary copied over: a model as large as a test needs, which llama.cpp loads and runs, where no real
/// model of that size can be had. The format: magic, version, tensor and metadata counts, metadata (key, type,
/// value), tensor infos (name, dimensions innermost first, type, offset), padding to 32 bytes, then the data.
/// </summary>
internal static class RandomLlamaGguf
{
    private const uint TypeUInt32 = 4;
    private const uint TypeFloat32 = 6;
    private const uint TypeString = 8;
    private const uint TypeArray = 9;
    private const int Alignment = 32;

    /// <param name="chatTemplate">Stored as tokenizer.chat_template (Jinja) when given; stories260K has none.</param>
    /// <param name="architecture">general.architecture; anything but "llama" makes a file llama.cpp refuses.</param>
    public static void Write(
        string path, int width, int layers, int feedForward, int heads, int seed, string? chatTemplate = null, string architecture = "llama")
    {
        var tensors = Tensors(width, layers, feedForward, vocabulary: 512);
        using var file = new BinaryWriter(File.Create(path));
        var vocabulary = VocabularyOfStories();
        file.Write(0x46554747u);
        file.Write(3u);
        file.Write((ulong)tensors.Count);
        file.Write((ulong)(vocabulary.Count + 9 + (chatTemplate is null ? 0 : 1)));
        foreach (var (key, type, value) in vocabulary)
        {
            WriteString(file, key);
            file.Write(type);
            file.Write(value);
        }

        if (chatTemplate is not null)
        {
            WriteString(file, "tokenizer.chat_template");
            file.Write(TypeString);
            WriteString(file, chatTemplate);
        }

        WriteString(file, "general.architecture");
        file.Write(TypeString);
        WriteString(file, architecture);
        (string Key, int Value)[] shape =
        [
            ("llama.context_length", 2048), ("llama.embedding_length", width), ("llama.feed_forward_length", feedForward),
            ("llama.attention.head_count", heads), ("llama.attention.head_count_kv", heads), ("llama.block_count", layers),
            ("llama.rope.dimension_count", width / heads),
        ];
        foreach (var (key, value) in shape)
        {
            WriteString(file, key);
            file.Write(TypeUInt32);
            file.Write((uint)value);
        }

        WriteString(file, "llama.attention.layer_norm_rms_epsilon");
        file.Write(TypeFloat32);
        file.Write(1e-5f);

        var offset = 0L;
        foreach (var (name, dimensions) in tensors)
        {
            WriteString(file, name);
            file.Write((uint)dimensions.Length);
            foreach (var dimension in dimensions)
            {
                file.Write((ulong)dimension);
            }

            file.Write(0u); // F32
            file.Write((ulong)offset);
            offset += Aligned(Elements(dimensions) * sizeof(float));
        }

        Pad(file);
        // In small pieces: a tensor-sized array would sit in the large object heap and move the memory a test measures.
        var random = new Random(seed);
        var piece = new float[16 * 1024];
        foreach (var (name, dimensions) in tensors)
        {
            var isNorm = name.EndsWith("norm.weight", StringComparison.Ordinal);
            for (var left = Elements(dimensions); left > 0; left -= piece.Length)
            {
                var values = piece.AsSpan(0, (int)Math.Min(left, piece.Length));
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = isNorm ? 1f : (random.NextSingle() - 0.5f) * 0.04f;
                }

                file.Write(MemoryMarshal.AsBytes(values));
            }

            Pad(file);
        }
    }

    private static List<(string Name, long[] Dimensions)> Tensors(int width, int layers, int feedForward, int vocabulary)
    {
        var tensors = new List<(string, long[])> { ("token_embd.weight", [width, vocabulary]), ("output_norm.weight", [width]) };
        for (var layer = 0; layer < layers; layer++)
        {
            var blk = $"blk.{layer}.";
            tensors.AddRange([
                (blk + "attn_norm.weight", [width]), (blk + "attn_q.weight", [width, width]), (blk + "attn_k.weight", [width, width]),
                (blk + "attn_v.weight", [width, width]), (blk + "attn_output.weight", [width, width]), (blk + "ffn_norm.weight", [width]),
                (blk + "ffn_gate.weight", [width, feedForward]), (blk + "ffn_down.weight", [feedForward, width]),
                (blk + "ffn_up.weight", [width, feedForward]),
            ]);
        }

        return tensors;
    }

    /// <summary>stories260K's tokenizer.* metadata, each value as its raw bytes.</summary>
    private static List<(string Key, uint Type, byte[] Value)> VocabularyOfStories()
    {
        using var reader = new BinaryReader(File.OpenRead(TestModels.Stories));
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
                kept.Add((key, type, value));
            }
        }

        return kept;
    }

    private static void SkipValue(BinaryReader reader, uint type)
    {
        switch (type)
        {
            case 0 or 1 or 7: reader.ReadByte(); break;
            case 2 or 3: reader.ReadUInt16(); break;
            case 4 or 5 or 6: reader.ReadUInt32(); break;
            case TypeString: ReadString(reader); break;
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

    private static void WriteString(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }

    private static long Elements(long[] dimensions) => dimensions.Aggregate(1L, (product, d) => product * d);

    private static long Aligned(long bytes) => (bytes + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter writer)
    {
        writer.Flush();
        var position = writer.BaseStream.Position;
        writer.Write(new byte[Aligned(position) - position]);
    }
}

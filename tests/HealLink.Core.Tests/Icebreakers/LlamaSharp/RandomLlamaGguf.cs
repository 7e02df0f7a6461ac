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
    internal const uint TypeUInt32 = 4;
    internal const uint TypeFloat32 = 6;
    internal const uint TypeString = 8;
    private const uint TensorF32 = 0;
    private const uint TensorQ40 = 2;
    private const int Alignment = 32;

    /// <param name="chatTemplate">Stored as tokenizer.chat_template (Jinja) when given; stories260K has none.</param>
    /// <param name="architecture">general.architecture; anything but "llama" makes a file llama.cpp refuses.</param>
    public static void Write(string path, LlamaShape shape, int seed, string? chatTemplate = null, string architecture = "llama")
    {
        var tensors = Tensors(shape);
        using var file = new BinaryWriter(File.Create(path));
        var vocabulary = StoriesVocabulary.Read(shape.Vocabulary);
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
        (string Key, int Value)[] dimensions =
        [
            ("llama.context_length", 2048), ("llama.embedding_length", shape.Width), ("llama.feed_forward_length", shape.FeedForward),
            ("llama.attention.head_count", shape.Heads), ("llama.attention.head_count_kv", shape.KvHeads),
            ("llama.block_count", shape.Layers), ("llama.rope.dimension_count", shape.HeadSize),
        ];
        foreach (var (key, value) in dimensions)
        {
            WriteString(file, key);
            file.Write(TypeUInt32);
            file.Write((uint)value);
        }

        WriteString(file, "llama.attention.layer_norm_rms_epsilon");
        file.Write(TypeFloat32);
        file.Write(1e-5f);

        var offset = 0L;
        foreach (var (name, size) in tensors)
        {
            WriteString(file, name);
            file.Write((uint)size.Length);
            foreach (var dimension in size)
            {
                file.Write((ulong)dimension);
            }

            var quantized = IsQuantized(shape, size);
            file.Write(quantized ? TensorQ40 : TensorF32);
            file.Write((ulong)offset);
            offset += Aligned(quantized ? Elements(size) / Q40.BlockSize * Q40.BlockBytes : Elements(size) * sizeof(float));
        }

        Pad(file);
        // In small pieces: a tensor-sized array would sit in the large object heap and move the memory a test measures.
        var random = new Random(seed);
        var piece = new float[16 * 1024];
        foreach (var (name, size) in tensors)
        {
            if (IsQuantized(shape, size))
            {
                Q40.WriteRandom(file, Elements(size), random);
                Pad(file);
                continue;
            }

            var isNorm = name.EndsWith("norm.weight", StringComparison.Ordinal);
            for (var left = Elements(size); left > 0; left -= piece.Length)
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

    private static bool IsQuantized(LlamaShape shape, long[] size) => shape.Quantized && size.Length == 2;

    private static List<(string Name, long[] Size)> Tensors(LlamaShape shape)
    {
        long width = shape.Width;
        long kv = shape.HeadSize * shape.KvHeads;
        long ffn = shape.FeedForward;

        // No output.weight: llama.cpp then uses the token embeddings for the output too, as Qwen2.5-0.5B does.
        var tensors = new List<(string, long[])> { ("token_embd.weight", [width, shape.Vocabulary]), ("output_norm.weight", [width]) };
        for (var layer = 0; layer < shape.Layers; layer++)
        {
            var blk = $"blk.{layer}.";
            tensors.AddRange([
                (blk + "attn_norm.weight", [width]), (blk + "attn_q.weight", [width, width]), (blk + "attn_k.weight", [width, kv]),
                (blk + "attn_v.weight", [width, kv]), (blk + "attn_output.weight", [width, width]), (blk + "ffn_norm.weight", [width]),
                (blk + "ffn_gate.weight", [width, ffn]), (blk + "ffn_down.weight", [ffn, width]), (blk + "ffn_up.weight", [width, ffn]),
            ]);
        }

        return tensors;
    }

    internal static void WriteString(BinaryWriter writer, string text)
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

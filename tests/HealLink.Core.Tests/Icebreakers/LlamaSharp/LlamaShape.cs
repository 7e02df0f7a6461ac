namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// The shape of a random-weight llama for <see cref="RandomLlamaGguf"/>. <see cref="Vocabulary"/> at least 512:
/// stories260K's tokens come first and fillers pad the rest. Quantized: the weight matrices in Q4_0 (widths then a
/// multiple of 32), as small instruct models are usually run; otherwise F32.
/// </summary>
internal sealed record LlamaShape(int Width, int Layers, int FeedForward, int Heads, int KvHeads, int Vocabulary = 512, bool Quantized = false)
{
    /// <summary>Qwen2.5-0.5B-Instruct's dimensions (24 layers, 896 wide, 14 heads, 2 KV heads, FFN 4,864, 151,936 tokens), in Q4_0.</summary>
    public static LlamaShape Qwen25HalfB { get; } = new(896, 24, 4864, 14, 2, 151_936, Quantized: true);

    public int HeadSize => Width / Heads;
}

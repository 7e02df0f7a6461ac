using System.Text;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>
/// The tiny hand-written encoder dressed as all-MiniLM-L6-v2: a four-token vocabulary whose ids are the four rows
/// of <see cref="OnnxModelWriter.Words"/>, so every word is [UNK] (row 1) between [CLS] (row 2) and [SEP] (row 3).
/// </summary>
internal static class TinyMiniLm
{
    public const int UnknownId = 1;
    public const int ClassifierId = 2;
    public const int SeparatorId = 3;

    private static readonly byte[] Vocabulary = Encoding.UTF8.GetBytes("[PAD]\n[UNK]\n[CLS]\n[SEP]\n");

    public static EmbeddingOptions Options(TinyEncoderFixture fixture, EmbedderKind kind = EmbedderKind.Auto, int batchSize = 16) => new()
    {
        Embedder = kind,
        ModelPath = fixture.TinyModelPath,
        VocabularyPath = fixture.WriteFile("tiny-vocab.txt", Vocabulary),
        BatchSize = batchSize,
    };

    /// <summary>What the model and pooling should give for a text of <paramref name="words"/> words, worked out by hand.</summary>
    public static float[] Expected(int words)
    {
        long[] ids = [ClassifierId, .. Enumerable.Repeat((long)UnknownId, words), SeparatorId];
        var sum = new float[OnnxModelWriter.Hidden];
        foreach (var id in ids)
        {
            for (var h = 0; h < sum.Length; h++)
            {
                sum[h] += OnnxModelWriter.Expected(id, tokenType: 0, mask: 1, h);
            }
        }

        var norm = MathF.Sqrt(sum.Sum(x => x * x));
        return [.. sum.Select(x => x / norm)];
    }
}

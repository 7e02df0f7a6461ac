using HealLink.Core.Matching.Embeddings.MiniLm;
using Microsoft.ML.OnnxRuntime;
using static HealLink.Core.Tests.Matching.Embeddings.Onnx.MiniLmShape;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

public sealed class MiniLmModelWriterTests(MiniLmModelFixture fixture) : IClassFixture<MiniLmModelFixture>
{
    // Xenova's onnx/model.onnx for all-MiniLM-L6-v2, as docs/native-inference.md records it.
    private const long RealModelBytes = 90_387_606;

    // Two rows of 9: the first all real tokens, the second 5 real ones and 4 of padding. Ids span the vocabulary.
    private const int Sequence = 9;
    private const int ShortRow = 5;
    private static readonly long[] InputIds = [101, 7592, 2088, 1010, 1045, 30521, 2572, 1012, 102, 101, 2026, 12345, 1012, 102, 0, 0, 0, 0];
    private static readonly long[] AttentionMask = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0];
    private static readonly long[] TokenTypeIds = [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    [Fact]
    public void Open_RandomMiniLm_HasMiniLmsInputsAndOutput()
    {
        Assert.Equal(["input_ids", "attention_mask", "token_type_ids"], fixture.Session.InputNames);
        Assert.Equal(["last_hidden_state"], fixture.Session.OutputNames);
    }

    [Fact]
    public void Run_BatchOfTwo_GivesBatchBySequenceByHidden()
    {
        var output = Run(fixture.Session, InputIds, AttentionMask, TokenTypeIds, batchSize: 2);

        Assert.Equal([2L, Sequence, Hidden], output.Shape);
    }

    [Fact]
    public void Run_EveryTokenVector_IsLayerNormalized()
    {
        // The last step is LayerNorm with scale 1 and bias 0: each vector has mean 0 and variance 1.
        var output = Run(fixture.Session, InputIds, AttentionMask, TokenTypeIds, batchSize: 2);

        Assert.All(output.Values.Chunk(Hidden), vector =>
        {
            Assert.All(vector, value => Assert.True(float.IsFinite(value)));
            Assert.Equal(0, vector.Average(), 1e-4);
            Assert.Equal(1, vector.Average(value => (double)value * value), 1e-3);
        });
    }

    [Fact]
    public void Run_RowWithMaskedPadding_MatchesTheRowRunAlone()
    {
        var batch = Run(fixture.Session, InputIds, AttentionMask, TokenTypeIds, batchSize: 2);

        var alone = Run(fixture.Session, ShortRowAlone(InputIds), ShortRowAlone(AttentionMask), ShortRowAlone(TokenTypeIds), batchSize: 1);

        AssertClose(alone.Values, batch.Values.AsSpan(Sequence * Hidden, ShortRow * Hidden), tolerance: 1e-4f);
    }

    [Fact]
    public void Run_PaddingNotMaskedOut_ChangesTheRealTokens()
    {
        // Shows the test above would fail if the mask did nothing: attention does mix padding into real tokens.
        long[] unmasked = [.. AttentionMask.Select(_ => 1L)];

        var batch = Run(fixture.Session, InputIds, unmasked, TokenTypeIds, batchSize: 2);

        var alone = Run(fixture.Session, ShortRowAlone(InputIds), ShortRowAlone(AttentionMask), ShortRowAlone(TokenTypeIds), batchSize: 1);
        var largest = alone.Values.Select((value, i) => Math.Abs(value - batch.Values[Sequence * Hidden + i])).Max();
        Assert.True(largest > 1e-2f, $"The largest difference was only {largest}.");
    }

    [Fact]
    public void Run_Twice_GivesTheSameNumbers()
    {
        var first = Run(fixture.Session, InputIds, AttentionMask, TokenTypeIds, batchSize: 2);

        var second = Run(fixture.Session, InputIds, AttentionMask, TokenTypeIds, batchSize: 2);

        Assert.Equal(first.Values, second.Values);
    }

    [Fact]
    public void Run_TwoThreads_GivesTheNumbersOfOne()
    {
        using var twoThreads = fixture.Open(new EmbeddingOptions { IntraOpThreads = 2 });

        var output = Run(twoThreads, InputIds, AttentionMask, TokenTypeIds, batchSize: 2);

        AssertClose(Run(fixture.Session, InputIds, AttentionMask, TokenTypeIds, batchSize: 2).Values, output.Values, tolerance: 1e-4f);
    }

    [Fact]
    public void Write_ParameterCount_IsBertModelMiniLmL6sWithoutPooler()
    {
        // Word, position and token-type tables and their LayerNorm; per layer Q, K, V and output dense (weight and
        // bias) and a LayerNorm, then 384 → 1536 → 384 and a LayerNorm. The 22,713,216 often quoted also counts the
        // pooler (384 × 384 + 384), which the ONNX export leaves out: its model.onnx is smaller than 4 bytes × that.
        const long embeddings = ((30_522 + 512 + 2) * 384) + (2 * 384);
        const long attention = (4 * ((384 * 384) + 384)) + (2 * 384);
        const long feedForward = (384 * 1536) + 1536 + (1536 * 384) + 384 + (2 * 384);

        Assert.Equal(22_565_376, embeddings + (6 * (attention + feedForward)));
        Assert.Equal(22_565_376, fixture.ParameterCount);
    }

    [Fact]
    public void Write_FileSize_IsWithinOnePercentOfTheRealModel()
    {
        var size = new FileInfo(fixture.ModelPath).Length;

        Assert.InRange(size, RealModelBytes * 0.99, RealModelBytes * 1.01);
    }

    private static RunOutput Run(InferenceSession session, long[] inputIds, long[] attentionMask, long[] tokenTypeIds, int batchSize) =>
        SessionRun.Run(
            session, [("input_ids", inputIds), ("attention_mask", attentionMask), ("token_type_ids", tokenTypeIds)],
            batchSize, inputIds.Length / batchSize, MiniLmModelWriter.OutputName);

    private static long[] ShortRowAlone(long[] batch) => batch[Sequence..(Sequence + ShortRow)];

    private static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, float tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"Value {i}: expected {expected[i]}, got {actual[i]}.");
        }
    }
}

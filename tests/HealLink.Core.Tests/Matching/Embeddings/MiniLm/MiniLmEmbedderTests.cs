using System.Text;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>The embedder's own work (tokenise, batch, run, pool) through the real runtime on the tiny encoder.</summary>
public sealed class MiniLmEmbedderTests(TinyEncoderFixture fixture) : IClassFixture<TinyEncoderFixture>
{
    [Fact]
    public void Load_TinyEncoder_LearnsItsWidthFromARun()
    {
        using var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));

        Assert.Equal(OnnxModelWriter.Hidden, sut.Dimensions);
        Assert.Equal("all-MiniLM-L6-v2", sut.Id);
    }

    [Fact]
    public async Task EmbedAsync_OneText_IsTheMaskedMeanOfItsTokensWorkedOutByHand()
    {
        using var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));

        var vector = Assert.Single(await sut.EmbedAsync(["kidney"], CancellationToken.None));

        // [CLS] (-0.5, 0.25, 4) + [UNK] (1, 2, 3) + [SEP] (10, -20, 0.125) = (10.5, -17.75, 7.125), at unit length.
        var norm = MathF.Sqrt((10.5f * 10.5f) + (17.75f * 17.75f) + (7.125f * 7.125f));
        Assert.Equal([10.5f / norm, -17.75f / norm, 7.125f / norm], vector, new ToleranceComparer(1e-6f));
        Assert.Equal(TinyMiniLm.Expected(words: 1), vector, new ToleranceComparer(1e-6f));
    }

    [Fact]
    public async Task EmbedAsync_TextsOfDifferentLengthsInOneBatch_EachAsIfAloneAndInTheOrderGiven()
    {
        using var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));

        // Longest first: the embedder batches by length, and must still answer in the caller's order.
        var vectors = await sut.EmbedAsync(["one two three four five", "one", "one two"], CancellationToken.None);

        Assert.Equal(3, vectors.Count);
        Assert.Equal(TinyMiniLm.Expected(words: 5), vectors[0], new ToleranceComparer(1e-6f));
        Assert.Equal(TinyMiniLm.Expected(words: 1), vectors[1], new ToleranceComparer(1e-6f));
        Assert.Equal(TinyMiniLm.Expected(words: 2), vectors[2], new ToleranceComparer(1e-6f));
    }

    [Fact]
    public async Task EmbedAsync_BatchesOfOne_GiveTheSameVectorsAsOneBatch()
    {
        string[] texts = [.. Enumerable.Range(1, 20).Select(n => string.Join(' ', Enumerable.Repeat("word", n)))];
        using var batched = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture, batchSize: 16));
        using var single = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture, batchSize: 1));

        var fromBatches = await batched.EmbedAsync(texts, CancellationToken.None);
        var fromSingles = await single.EmbedAsync(texts, CancellationToken.None);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(fromSingles[i], fromBatches[i], new ToleranceComparer(1e-6f));
        }
    }

    [Fact]
    public async Task EmbedAsync_NoTexts_GivesNoVectors()
    {
        using var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));

        Assert.Empty(await sut.EmbedAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task EmbedAsync_Cancelled_Throws()
    {
        using var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.EmbedAsync(["one"], new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task EmbedAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));
        sut.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => sut.EmbedAsync(["one"], CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_WhileThreadsEmbed_WaitsForTheirRunsAndLaterOnesThrowObjectDisposed()
    {
        // A run on a disposed ONNX Runtime session would crash the test host rather than fail this test.
        var sut = MiniLmEmbedder.Load(TinyMiniLm.Options(fixture));
        using var started = new CountdownEvent(4);
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            started.Signal();
            var right = 0;
            try
            {
                while (true)
                {
                    var vector = Assert.Single(await sut.EmbedAsync(["one two"], CancellationToken.None));
                    Assert.Equal(TinyMiniLm.Expected(words: 2), vector, new ToleranceComparer(1e-6f));
                    right++;
                }
            }
            catch (ObjectDisposedException)
            {
                return right;
            }
        })).ToArray();
        started.Wait(TimeSpan.FromSeconds(30));
        await Task.Delay(50);

        sut.Dispose();

        Assert.All(await Task.WhenAll(workers), right => Assert.True(right > 0));
    }

    [Fact]
    public void Load_ModelWithoutBertInputs_SaysWhatItTakes()
    {
        var options = TinyMiniLm.Options(fixture);
        // Same length, so every protobuf length prefix stays right.
        var renamed = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(OnnxModelWriter.TinyEncoder()).Replace("input_ids", "input_idz", StringComparison.Ordinal));
        options.ModelPath = fixture.WriteFile("renamed-inputs.onnx", renamed);

        var exception = Assert.Throws<InvalidDataException>(() => MiniLmEmbedder.Load(options));

        Assert.Contains("input_ids", exception.Message, StringComparison.Ordinal);
    }
}

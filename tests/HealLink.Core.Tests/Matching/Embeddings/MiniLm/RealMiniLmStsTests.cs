using HealLink.Core.Matching.Embeddings;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>The real model on the STS Benchmark, beside the offline embedder it replaces.</summary>
public sealed class RealMiniLmStsTests(RealMiniLmFixture model, ITestOutputHelper output) : IClassFixture<RealMiniLmFixture>
{
    // What sentence-transformers publishes for all-MiniLM-L6-v2 on sts-test, and what SOURCES.md measured for this file.
    private const double PublishedSpearman = 0.8203;

    [Fact]
    public async Task EvaluateAsync_RealModelOnStsTest_RanksPairsAsPublishedAndBeatsTheOfflineEmbedder()
    {
        var pairs = await StsFile.ReadAsync(SharedModels.Path("stsbenchmark", "sts-test.csv"), CancellationToken.None);

        var real = await StsEvaluation.EvaluateAsync(model.Embedder, pairs, CancellationToken.None);
        var offline = await StsEvaluation.EvaluateAsync(new HashedNGramEmbedder(), pairs, CancellationToken.None);

        output.WriteLine($"sts-test, {real.Pairs} pairs: {real.EmbedderId} Spearman {real.Spearman:F4} "
            + $"({real.EmbeddingTime.TotalMilliseconds:F0} ms), {offline.EmbedderId} {offline.Spearman:F4}");

        // A tokenizer, pooling or runtime that differs in the smallest way moves this by more than 0.005.
        Assert.InRange(real.Spearman, PublishedSpearman - 0.005, PublishedSpearman + 0.005);
        Assert.True(real.Spearman > offline.Spearman + 0.05, $"{real.Spearman:F4} does not clearly beat {offline.Spearman:F4}");
    }

    [Fact]
    public async Task EmbedAsync_RealModel_ParaphrasesAreCloserThanUnrelatedSentences()
    {
        // No words in common between the paraphrases: only meaning can bring them together.
        var vectors = await model.Embedder.EmbedAsync(
            ["I had a kidney transplant last spring.", "My renal graft surgery was a few months ago.", "The train to Lisbon leaves at noon."],
            CancellationToken.None);

        var paraphrase = Dot(vectors[0], vectors[1]);
        var unrelated = Dot(vectors[0], vectors[2]);
        output.WriteLine($"paraphrase {paraphrase:F3}, unrelated {unrelated:F3}");
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase:F3} vs unrelated {unrelated:F3}");
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}

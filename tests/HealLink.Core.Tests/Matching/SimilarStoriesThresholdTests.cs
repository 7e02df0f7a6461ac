using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Tests.Matching.Embeddings.MiniLm;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Matching;

/// <summary>
/// Where "Your stories have a lot in common" starts for all-MiniLM-L6-v2, tuned on STS-B dev (never test): pairs
/// people scored 3 or more ("roughly equivalent") count as having a lot in common, and the threshold is the cosine
/// with the best F1 at telling those from the rest. Run this test to reproduce the figures (they are in its output,
/// with the offline embedder's for comparison: its 0.5 was set by hand and is left as it was).
/// </summary>
public sealed class SimilarStoriesThresholdTests(RealMiniLmFixture model, ITestOutputHelper output) : IClassFixture<RealMiniLmFixture>
{
    private const double ALotInCommon = 3.0;

    [Fact]
    public async Task Threshold_MiniLm_IsTheBestF1CutOnStsDev()
    {
        var pairs = await StsFile.ReadAsync(SharedModels.Path("stsbenchmark", "sts-dev.csv"), CancellationToken.None);
        bool[] positive = [.. pairs.Select(pair => pair.Score >= ALotInCommon)];
        output.WriteLine($"sts-dev: {pairs.Count} pairs, {positive.Count(p => p)} scored {ALotInCommon} or more");

        var best = await ReportAsync(model.Embedder, pairs, positive);
        await ReportAsync(new HashedNGramEmbedder(), pairs, positive);

        var configured = new MatchingOptions().SimilarStoriesThresholdFor(model.Embedder.Id);
        Assert.Equal(best.Threshold, configured, precision: 2);
    }

    private async Task<ThresholdPoint> ReportAsync(IEmbedder embedder, IReadOnlyList<StsPair> pairs, bool[] positive)
    {
        var similarities = await StsEvaluation.SimilaritiesAsync(embedder, pairs, CancellationToken.None);
        var best = ThresholdSweep.BestF1(similarities, positive);
        var configured = ThresholdSweep.At(new MatchingOptions().SimilarStoriesThresholdFor(embedder.Id), similarities, positive);
        var spearman = SpearmanCorrelation.Compute(similarities, [.. pairs.Select(pair => pair.Score)]);
        output.WriteLine($"{embedder.Id}: Spearman {spearman:F4}; best {Describe(best)}; configured {Describe(configured)}");
        foreach (var point in ThresholdSweep.Sweep(similarities, positive).Where(p => Math.Round(p.Threshold * 100) % 5 == 0))
        {
            output.WriteLine($"  {Describe(point)}");
        }

        return best;
    }

    private static string Describe(ThresholdPoint point) =>
        $"t={point.Threshold:F2} P={point.Precision:F3} R={point.Recall:F3} F1={point.F1:F3}";
}

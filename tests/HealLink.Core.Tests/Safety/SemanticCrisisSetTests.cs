using System.Diagnostics;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Safety;
using HealLink.Core.Tests.Matching.Embeddings.MiniLm;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Safety;

/// <summary>
/// What the crisis check reaches on the labelled set with all-MiniLM-L6-v2 loaded (the phrase lists, then similarity
/// to the curated statements), beside the offline path (the offline embedder has no semantic path, so the lists
/// alone). Every sentence goes through <see cref="CrisisAssessor.AssessAsync"/>, as a message would. Run it for the
/// figures in README.md.
/// </summary>
public sealed class SemanticCrisisSetTests(RealMiniLmFixture model, ITestOutputHelper output) : IClassFixture<RealMiniLmFixture>
{
    // The goal is recall 0.95 with precision 0.9 on the held-out part. Measured on all four batches: recall 0.872
    // (102/117), precision 0.887 (102/115), against 0.692 and 0.931 offline; on the fourth batch alone, the newest,
    // 0.550 (11/20) and 0.786 (11/14). Neither goal is met (see Data/README.md). The floors sit just under, so a
    // change to the statements or the thresholds that loses a held-out sentence is noticed.
    private const double HeldOutRecallFloor = 0.87;
    private const double HeldOutPrecisionFloor = 0.88;

    // The statements and the thresholds were tuned here, so these figures flatter: recall 0.966 (226/234), precision
    // 0.966 (226/234).
    private const double DevRecallFloor = 0.96;
    private const double DevPrecisionFloor = 0.96;

    [Fact]
    public async Task AssessAsync_HeldOutSentencesWithMiniLm_AddsRecallAndMeetsTheFloor()
    {
        var offline = await ReportAsync(Assessor(new HashedNGramEmbedder()), CrisisSentence.Test, printMisses: false);
        var semantic = await ReportAsync(Assessor(model.Embedder), CrisisSentence.Test, printMisses: false);

        Assert.True(semantic.Recall > offline.Recall, $"MiniLM's recall {semantic.Recall:F3} adds nothing to {offline.Recall:F3}");
        Assert.True(semantic.Recall >= HeldOutRecallFloor, $"Held-out recall {semantic.Recall:F3} is below {HeldOutRecallFloor}");
        Assert.True(semantic.Precision >= HeldOutPrecisionFloor, $"Held-out precision {semantic.Precision:F3} is below {HeldOutPrecisionFloor}");
    }

    [Fact]
    public async Task AssessAsync_DevSentencesWithMiniLm_MeetsTheFloor()
    {
        var semantic = await ReportAsync(Assessor(model.Embedder), CrisisSentence.Dev, printMisses: true);

        Assert.True(semantic.Recall >= DevRecallFloor, $"Dev recall {semantic.Recall:F3} is below {DevRecallFloor}");
        Assert.True(semantic.Precision >= DevPrecisionFloor, $"Dev precision {semantic.Precision:F3} is below {DevPrecisionFloor}");
    }

    private static CrisisAssessor Assessor(IEmbedder embedder) =>
        new(new CrisisDetector(), SemanticCrisisDetector.For(embedder), NullLogger<CrisisAssessor>.Instance);

    private async Task<CrisisScore> ReportAsync(CrisisAssessor assessor, string split, bool printMisses)
    {
        var sentences = CrisisSentence.ReadAll().Where(sentence => sentence.Split == split).ToList();
        var title = assessor.IsSemantic ? $"{split} phrases+{model.Embedder.Id}" : $"{split} offline (phrases)";
        var clock = Stopwatch.StartNew();
        var results = new List<(CrisisSentence Sentence, CrisisMatch? Match)>();
        foreach (var sentence in sentences)
        {
            results.Add((sentence, await assessor.AssessAsync(sentence.Text, CancellationToken.None)));
        }

        clock.Stop();
        output.WriteLine($"{title}: {sentences.Count} sentences, {clock.Elapsed.TotalMilliseconds / sentences.Count:F2} ms each");
        return CrisisSetReport.Write(output, title, results, printMisses);
    }
}

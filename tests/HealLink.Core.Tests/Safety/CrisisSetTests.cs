using System.Diagnostics;
using HealLink.Core.Safety;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Safety;

/// <summary>
/// Measures the phrase lists (the offline path: with the offline embedder there is no semantic path) on the labelled
/// crisis set, and holds both parts to a floor. SemanticCrisisSetTests measures them with all-MiniLM-L6-v2 beside them.
/// </summary>
public sealed class CrisisSetTests(ITestOutputHelper output)
{
    // Measured on the held-out part of all four batches: recall 0.692 (81/117), precision 0.931 (81/87), far below the
    // 0.95 recall aimed for (see Data/README.md). The floors sit just under, so a change that loses a held-out sentence
    // is noticed.
    private const double HeldOutRecallFloor = 0.69;
    private const double HeldOutPrecisionFloor = 0.93;

    // The lists were tuned on the dev part of all four batches: recall 0.855 (200/234), precision 1.000. The indirect
    // statements and plans no list foresees are left to the semantic path rather than to phrases that surgery talk
    // would also say.
    private const double DevRecallFloor = 0.85;
    private const double DevPrecisionFloor = 0.99;

    private readonly CrisisDetector _sut = new();

    [Fact]
    public void IsCrisis_HeldOutSentences_MeetsRecallAndPrecisionFloor()
    {
        var score = Report(CrisisSentence.Test, printMisses: false);

        Assert.True(score.Recall >= HeldOutRecallFloor, $"Held-out recall {score.Recall:F3} is below {HeldOutRecallFloor}");
        Assert.True(score.Precision >= HeldOutPrecisionFloor, $"Held-out precision {score.Precision:F3} is below {HeldOutPrecisionFloor}");
    }

    [Fact]
    public void IsCrisis_DevSentences_MeetsRecallAndPrecisionFloor()
    {
        var score = Report(CrisisSentence.Dev, printMisses: true);

        Assert.True(score.Recall >= DevRecallFloor, $"Dev recall {score.Recall:F3} is below {DevRecallFloor}");
        Assert.True(score.Precision >= DevPrecisionFloor, $"Dev precision {score.Precision:F3} is below {DevPrecisionFloor}");
    }

    [Fact]
    public void ReadAll_CrisisSet_HasEnoughOfEachLabelAndLanguageAndAHeldOutThird()
    {
        var sentences = CrisisSentence.ReadAll();

        Assert.True(sentences.Count(s => s.IsCrisis) >= 150);
        Assert.True(sentences.Count(s => !s.IsCrisis) >= 150);
        Assert.True(sentences.Count(s => s.IsCrisis && s.Language == "es") >= 50);
        Assert.True(sentences.Count(s => !s.IsCrisis && s.Language == "es") >= 50);
        Assert.InRange(sentences.Count(s => s.Split == CrisisSentence.Test) / (double)sentences.Count, 0.30, 0.36);
        Assert.All(sentences.GroupBy(s => s.Batch), batch =>
            Assert.InRange(batch.Count(s => s.Split == CrisisSentence.Test) / (double)batch.Count(), 0.30, 0.36));
        Assert.Equal(sentences.Count, sentences.Select(s => s.Text).Distinct(StringComparer.Ordinal).Count());
    }

    private CrisisScore Report(string split, bool printMisses)
    {
        var sentences = CrisisSentence.ReadAll().Where(sentence => sentence.Split == split).ToList();
        var clock = Stopwatch.StartNew();
        var results = sentences.Select(sentence => (Sentence: sentence, Match: _sut.Find(sentence.Text))).ToList();
        clock.Stop();
        output.WriteLine($"phrase lists, {sentences.Count} {split} sentences in {clock.Elapsed.TotalMilliseconds:F1} ms");
        return CrisisSetReport.Write(output, $"{split} phrases", results, printMisses);
    }
}

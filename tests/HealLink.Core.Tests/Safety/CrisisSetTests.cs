using System.Diagnostics;
using HealLink.Core.Safety;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Safety;

/// <summary>
/// Measures the phrase lists on the labelled crisis set and holds the held-out part to a floor. The dev part is
/// what the lists were tuned on, so its misses are printed; the test part's are not, so nobody tunes on them.
/// </summary>
public sealed class CrisisSetTests(ITestOutputHelper output)
{
    // Measured on the held-out part: recall 0.887 (55/62), precision 0.948 (55/58), below the 0.9 recall aimed
    // for (see Data/README.md). The floors sit just under, so a change that loses a held-out sentence is noticed.
    private const double HeldOutRecallFloor = 0.88;
    private const double HeldOutPrecisionFloor = 0.94;

    private readonly CrisisDetector _sut = new();

    [Fact]
    public void IsCrisis_HeldOutSentences_MeetsRecallAndPrecisionFloor()
    {
        var score = Report(CrisisSentence.Test, printMisses: false);

        Assert.True(score.Recall >= HeldOutRecallFloor, $"Held-out recall {score.Recall:F3} is below {HeldOutRecallFloor}");
        Assert.True(score.Precision >= HeldOutPrecisionFloor, $"Held-out precision {score.Precision:F3} is below {HeldOutPrecisionFloor}");
    }

    [Fact]
    public void IsCrisis_DevSentences_CatchesNearlyAllItWasTunedOn()
    {
        var score = Report(CrisisSentence.Dev, printMisses: true);

        Assert.True(score.Recall >= 0.95, $"Dev recall {score.Recall:F3} is below 0.95");
        Assert.True(score.Precision >= 0.95, $"Dev precision {score.Precision:F3} is below 0.95");
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
        Assert.Equal(sentences.Count, sentences.Select(s => s.Text).Distinct(StringComparer.Ordinal).Count());
    }

    private CrisisScore Report(string split, bool printMisses)
    {
        var sentences = CrisisSentence.ReadAll().Where(sentence => sentence.Split == split).ToList();
        var clock = Stopwatch.StartNew();
        var results = sentences.Select(sentence => (Sentence: sentence, Match: _sut.Find(sentence.Text))).ToList();
        clock.Stop();
        var scored = results.Select(r => (r.Sentence, Fired: r.Match is not null)).ToList();

        foreach (var language in scored.Select(r => r.Sentence.Language).Distinct())
        {
            output.WriteLine($"{split} {language}: {CrisisScore.Of(scored.Where(r => r.Sentence.Language == language))}");
        }

        var overall = CrisisScore.Of(scored);
        output.WriteLine($"{split} all: {overall}; {sentences.Count} sentences in {clock.Elapsed.TotalMilliseconds:F1} ms");
        foreach (var wrong in results.Where(r => r.Sentence.IsCrisis != r.Match is not null))
        {
            output.WriteLine(printMisses
                ? $"  {(wrong.Sentence.IsCrisis ? "missed" : "false alarm")} [{wrong.Sentence.Category}] {wrong.Sentence.Text}"
                    + (wrong.Match is null ? "" : $"  ← {wrong.Match.Language} \"{wrong.Match.Phrase}\"")
                : $"  {(wrong.Sentence.IsCrisis ? "missed" : "false alarm")} [{wrong.Sentence.Language}, {wrong.Sentence.Category}]");
        }

        return overall;
    }
}

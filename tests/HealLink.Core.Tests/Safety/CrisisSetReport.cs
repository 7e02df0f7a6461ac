using HealLink.Core.Safety;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Safety;

/// <summary>
/// Writes how a detector did on part of the labelled set: per language, per batch, then overall, then each wrong
/// verdict. Dev misses are printed with their text and what fired; held-out ones only by language and category, so
/// nobody tunes on them.
/// </summary>
internal static class CrisisSetReport
{
    public static CrisisScore Write(
        ITestOutputHelper output,
        string title,
        IReadOnlyList<(CrisisSentence Sentence, CrisisMatch? Match)> results,
        bool printMisses)
    {
        var scored = results.Select(r => (r.Sentence, Fired: r.Match is not null)).ToList();
        foreach (var language in scored.Select(r => r.Sentence.Language).Distinct())
        {
            output.WriteLine($"{title} {language}: {CrisisScore.Of(scored.Where(r => r.Sentence.Language == language))}");
        }

        foreach (var batch in scored.Select(r => r.Sentence.Batch).Distinct().Order())
        {
            output.WriteLine($"{title} batch {batch}: {CrisisScore.Of(scored.Where(r => r.Sentence.Batch == batch))}");
        }

        var overall = CrisisScore.Of(scored);
        output.WriteLine($"{title} all: {overall}");
        foreach (var wrong in results.Where(r => r.Sentence.IsCrisis != r.Match is not null))
        {
            output.WriteLine(printMisses
                ? $"  {(wrong.Sentence.IsCrisis ? "missed" : "false alarm")} [{wrong.Sentence.Category}] {wrong.Sentence.Text}"
                    + (wrong.Match is null ? "" : $"  ← {Describe(wrong.Match)}")
                : $"  {(wrong.Sentence.IsCrisis ? "missed" : "false alarm")} [{wrong.Sentence.Language}, {wrong.Sentence.Category}]");
        }

        return overall;
    }

    private static string Describe(CrisisMatch match) =>
        match.Similarity is { } similarity ? $"{match.Language} \"{match.Phrase}\" {similarity:F3}" : $"{match.Language} \"{match.Phrase}\"";
}

using HealLink.Core.Tests.Matching.Quality;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.MatchQuality;

/// <summary>One embedder's table, a row per group of mentees, then the mentees whose first card was not a labelled mentor.</summary>
internal static class MatchQualityReport
{
    public static async Task WriteAsync(TextWriter output, QualityEmbedder embedder, DevSet set, DevSetRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(run);
        var figures = set.Mentees.ToDictionary(
            m => m.Name, m => RankingMetrics.Of(SetExpectations.Case(m, set.Mentors, run.Shown[m.Name])), StringComparer.Ordinal);
        await output.WriteLineAsync(Text($"""

            | {embedder.Title} | n | hit@1 | hit@3 | best hit@3 | MRR@3 | procedure recall@3 | filter violations |
            |---|---:|---:|---:|---:|---:|---:|---:|
            """));
        foreach (var (group, includes) in MenteeGroups.All)
        {
            var row = RankingMetrics.Summarise(group, [.. set.Mentees.Where(includes).Select(m => figures[m.Name])]);
            await output.WriteLineAsync(Text(
                $"| {row.Group} | {row.Count} | {Figure(row.HitAt1)} | {Figure(row.HitAt3)} | {Figure(row.BestHitAt3)} | {Figure(row.Mrr)} | {Figure(row.ProcedureRecall)} | {row.Violations} |"));
        }

        await output.WriteLineAsync(Text($"\nEmbedder {run.EmbedderId}. First card not labelled best or good:"));
        foreach (var mentee in set.Mentees.Where(m => !figures[m.Name].HitAt1))
        {
            var labels = mentee.Labels!;
            await output.WriteLineAsync(Text(
                $"- {mentee.Name} ({mentee.Procedure}): shown {string.Join(", ", run.Shown[mentee.Name].DefaultIfEmpty("nobody"))}; best {string.Join(", ", labels.Best)}"));
        }
    }

    private static string Figure(double? value) => value is { } v && !double.IsNaN(v) ? Text($"{v:0.00}") : "–";
}

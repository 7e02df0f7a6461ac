using HealLink.Benchmarks.Shared;
using HealLink.Core.Tests.Matching.Quality;

namespace HealLink.Benchmarks.MatchQuality;

/// <summary>
/// Matching quality on a labelled set (issue #14, item 7): every mentee through the bot's real matching with each
/// embedder asked for, scored against the set's labels. Tune on this set only.
/// </summary>
internal static class MatchQualityCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, MatchQualityOptions.Parse, (options, ct) => RunAsync(options, output, ct), cancellationToken);

    private static async Task<int> RunAsync(MatchQualityOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var set = await DevSetFile.LoadAsync(options.SetPath, cancellationToken);
        await output.WriteLineAsync(ReportFormat.Text(
            $"{set.Mentees.Count} mentees and {set.Mentors.Count} mentors from {options.SetPath}; the first {RankingMetrics.CardsShown} cards count."));
        foreach (var embedder in options.Embedders)
        {
            var run = await DevSetMatching.RunAsync(set, embedder, cancellationToken);
            await MatchQualityReport.WriteAsync(output, embedder, set, run);
        }

        return 0;
    }
}

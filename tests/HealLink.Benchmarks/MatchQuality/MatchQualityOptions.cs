using HealLink.Benchmarks.Shared;
using HealLink.Core.Tests.Matching.Quality;

namespace HealLink.Benchmarks.MatchQuality;

/// <summary>The labelled set to run and the embedders to run it with.</summary>
internal sealed record MatchQualityOptions(string SetPath, IReadOnlyList<QualityEmbedder> Embedders)
{
    public const string Usage = "match-quality [--set PATH (../shared/data/match-dev.json)] [--embedder minilm|offline|both (both)]";

    public static MatchQualityOptions Parse(IReadOnlyList<string> args)
    {
        var options = new MatchQualityOptions(DevSetFile.DefaultPath, QualityEmbedder.All);
        foreach (var (name, value) in CommandOptions.Pairs(args, Usage))
        {
            options = name switch
            {
                "--set" => options with { SetPath = Path.GetFullPath(value) },
                "--embedder" => options with { Embedders = EmbeddersNamed(value) },
                _ => throw CommandOptions.Unknown(name, Usage),
            };
        }

        return options;
    }

    private static IReadOnlyList<QualityEmbedder> EmbeddersNamed(string value) =>
        value == "both"
            ? QualityEmbedder.All
            : QualityEmbedder.All.Where(e => e.Name == value).ToList() is [_] one
                ? one
                : throw new ArgumentException($"--embedder is minilm, offline or both, not '{value}'. Usage: {Usage}");
}

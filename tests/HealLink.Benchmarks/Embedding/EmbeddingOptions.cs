using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// The embedding command's settings: <c>--runs N</c> timed rounds after <c>--warmup W</c> untimed ones;
/// <c>--batch B</c> intros in the batched rows.
/// </summary>
internal sealed record EmbeddingOptions(int Runs, int Warmup, int BatchSize)
{
    public const string Usage = "embedding [--runs N (40)] [--warmup W (5)] [--batch B (8)]";

    public static EmbeddingOptions Parse(IReadOnlyList<string> args)
    {
        var counts = CommandOptions.Counts(args, Usage, ("--runs", 1), ("--warmup", 0), ("--batch", 2));
        return new EmbeddingOptions(
            counts.GetValueOrDefault("--runs", 40), counts.GetValueOrDefault("--warmup", 5), counts.GetValueOrDefault("--batch", 8));
    }
}

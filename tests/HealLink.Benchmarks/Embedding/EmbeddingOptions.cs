using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// The embedding command's settings: <c>--runs N</c> timed rounds after <c>--warmup W</c> untimed ones;
/// <c>--batch B</c> intros in the batched rows; <c>--parent REV</c> the commit whose binding is the baseline.
/// </summary>
internal sealed record EmbeddingOptions(int Runs, int Warmup, int BatchSize, string ParentRevision)
{
    public const string Usage = "embedding [--runs N (40)] [--warmup W (5)] [--batch B (8)] [--parent REV (168bb44)]";

    // The last commit with our own P/Invoke binding of ONNX Runtime.
    private const string BindingRevision = "168bb44";

    public static EmbeddingOptions Parse(IReadOnlyList<string> args)
    {
        var pairs = CommandOptions.Pairs(args, Usage).ToList();
        var parent = pairs.LastOrDefault(pair => pair.Name == "--parent").Value ?? BindingRevision;
        var counts = CommandOptions.Counts(
            [.. pairs.Where(pair => pair.Name != "--parent").SelectMany(pair => new[] { pair.Name, pair.Value })],
            Usage, ("--runs", 1), ("--warmup", 0), ("--batch", 2));
        return new EmbeddingOptions(
            counts.GetValueOrDefault("--runs", 40), counts.GetValueOrDefault("--warmup", 5), counts.GetValueOrDefault("--batch", 8), parent);
    }
}

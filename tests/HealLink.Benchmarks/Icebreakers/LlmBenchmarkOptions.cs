using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Icebreakers;

/// <summary>The llm command's settings: <c>--runs N</c> timed requests per thread count, each with a fresh load.</summary>
internal sealed record LlmBenchmarkOptions(int Runs)
{
    public const string Usage = "llm [--runs N (3)]";

    public static LlmBenchmarkOptions Parse(IReadOnlyList<string> args) =>
        new(CommandOptions.Counts(args, Usage, ("--runs", 1)).GetValueOrDefault("--runs", 3));
}

using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Throughput;

/// <summary>The load command's settings: <c>--people N</c>, <c>--parallel P</c> (default N), <c>--warmup W</c>.</summary>
internal sealed record ThroughputOptions(int People, int Parallel, int Warmup)
{
    public const string Usage = "throughput [--people N (50)] [--parallel P (N)] [--warmup W (10)]";

    public static ThroughputOptions Parse(IReadOnlyList<string> args)
    {
        int? people = null, parallel = null, warmup = null;
        foreach (var (name, value) in CommandOptions.Pairs(args, Usage))
        {
            switch (name)
            {
                case "--people":
                    people = CommandOptions.Count(name, value, minimum: 1, Usage);
                    break;
                case "--parallel":
                    parallel = CommandOptions.Count(name, value, minimum: 1, Usage);
                    break;
                case "--warmup":
                    warmup = CommandOptions.Count(name, value, minimum: 0, Usage);
                    break;
                default:
                    throw CommandOptions.Unknown(name, Usage);
            }
        }

        var peopleCount = people ?? 50;
        return new ThroughputOptions(peopleCount, parallel ?? peopleCount, warmup ?? 10);
    }
}

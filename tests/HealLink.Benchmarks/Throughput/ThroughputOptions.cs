using System.Globalization;

namespace HealLink.Benchmarks.Throughput;

/// <summary>The load command's settings: <c>--people N</c>, <c>--parallel P</c> (default N), <c>--warmup W</c>.</summary>
internal sealed record ThroughputOptions(int People, int Parallel, int Warmup)
{
    public const string Usage = "throughput [--people N (50)] [--parallel P (N)] [--warmup W (10)]";

    public static ThroughputOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int? people = null, parallel = null, warmup = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: {Usage}");
            switch (args[i])
            {
                case "--people":
                    people = Count(args[i], value, minimum: 1);
                    break;
                case "--parallel":
                    parallel = Count(args[i], value, minimum: 1);
                    break;
                case "--warmup":
                    warmup = Count(args[i], value, minimum: 0);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Usage: {Usage}");
            }
        }

        var peopleCount = people ?? 50;
        return new ThroughputOptions(peopleCount, parallel ?? peopleCount, warmup ?? 10);
    }

    private static int Count(string option, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= minimum
            ? count
            : throw new ArgumentException($"{option} must be a whole number of at least {minimum}, not '{value}'. Usage: {Usage}");
}

using System.Diagnostics;
using System.Globalization;
using HealLink.Benchmarks.Micro;
using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.IndexWarmup;

/// <summary>
/// The first searches of a fresh process, one by one: what a bot just started pays before the JIT has finished
/// with the scan. Run it as its own process (each run is one cold start); the steady state, searches 201–300 of the
/// same run, is the baseline.
/// </summary>
internal static class IndexWarmupCommand
{
    private const string Usage = "index-warmup [--mentors N (10000)]";
    private const int Searches = 300;

    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(
            args,
            a => CommandOptions.Counts(a, Usage, ("--mentors", 100)).GetValueOrDefault("--mentors", 10_000),
            (mentors, _) => RunAsync(mentors, output),
            cancellationToken);

    private static async Task<int> RunAsync(int mentors, TextWriter output)
    {
        using var data = new MentorVectors(mentors, 384);
        var milliseconds = new double[Searches];
        for (var i = 0; i < Searches; i++)
        {
            var start = Stopwatch.GetTimestamp();
            _ = data.Index.TopK(data.Queries[i % data.Queries.Length], 10);
            milliseconds[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var steady = Median(milliseconds[200..]);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            | {mentors:N0} mentors, top 10, no filter, a fresh process | median | × steady |
            |---|---:|---:|
            | search 1 | {milliseconds[0]:0.00} ms | {milliseconds[0] / steady:0.0}× |
            | searches 2–10 | {Median(milliseconds[1..10]):0.00} ms | {Median(milliseconds[1..10]) / steady:0.0}× |
            | searches 11–50 | {Median(milliseconds[10..50]):0.00} ms | {Median(milliseconds[10..50]) / steady:0.0}× |
            | searches 51–100 | {Median(milliseconds[50..100]):0.00} ms | {Median(milliseconds[50..100]) / steady:0.0}× |
            | searches 201–300 (steady) | {steady:0.00} ms | 1.0× |
            """));
        return 0;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}

using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Telegram;

/// <summary>The Telegram command: the fake server's raw capacity first, then the whole bot under each scenario's limits.</summary>
internal static class TelegramCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, TelegramLoadOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(TelegramLoadOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        // Progress goes to stderr, so stdout is only the report.
        await Console.Error.WriteLineAsync(
            $"Baseline: the fake's raw capacity, {FakeCapacity.Calls} sendMessage calls one at a time and {FakeCapacity.Concurrency} at a time...");
        var baseline = await FakeCapacity.MeasureAsync(cancellationToken);

        var results = new List<TelegramLoadResult>();
        foreach (var scenario in options.Scenarios)
        {
            await Console.Error.WriteLineAsync($"Bot, {scenario.Name}: {options.People} people, {options.Updates} updates...");
            results.Add(await TelegramLoad.RunAsync(options, scenario, cancellationToken));
        }

        TelegramReport.Write(output, options, baseline, results);

        // A 429 means the bot's limiter let through more than it was configured for: the figures still print,
        // but a script running this must notice.
        return results.Any(r => r.TooManyRequests > 0) ? 1 : 0;
    }
}

using System.Security.Cryptography;
using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// The scale command (issue #16): relayed messages per second and end-to-end latency with 1, 2 and 3 bot processes
/// on one PostgreSQL database, against 1 on SQLite, all in one run; R rounds, the rows' order turning each round so
/// no row always runs first (or last) on this shared machine.
/// </summary>
internal static class ScaleCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, ScaleOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(ScaleOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var server = await PostgresServer.StartAsync(cancellationToken);

        // One key for every process of every row, as instances sharing a database must have.
        var encryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var setups = ScaleSetup.All;
        var runs = setups.ToDictionary(setup => setup, _ => new List<ScaleRun>());
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var setup in setups.Skip(round % setups.Count).Concat(setups.Take(round % setups.Count)))
            {
                // Progress goes to stderr, so stdout is only the report.
                await Console.Error.WriteLineAsync(
                    $"Round {round + 1} of {options.Rounds}: {setup.Name}, {options.Conversations} conversations × {options.Messages} messages...");
                var run = await ScaleLoad.RunAsync(setup, options, server, encryptionKey, cancellationToken);
                await Console.Error.WriteLineAsync(
                    $"  {run.Messages / run.Elapsed.TotalSeconds:0.0} messages/s, updates per process {string.Join(", ", run.UpdatesPerInstance)}");
                runs[setup].Add(run);
            }
        }

        var rows = setups.Select(setup => ScaleRow.Of(runs[setup])).ToList();
        ScaleReport.Write(output, options, server.Origin, rows);

        // A 429 means the processes together sent more than the limits they were each configured with.
        return rows.Any(row => row.TooManyRequests > 0) ? 1 : 0;
    }
}

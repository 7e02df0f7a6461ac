namespace HealLink.Benchmarks.Shared;

/// <summary>
/// What every load command does around its work: options it cannot read print the reason and usage and exit 2;
/// Ctrl+C exits 130, as a shell expects.
/// </summary>
internal static class CommandFrame
{
    public static async Task<int> RunAsync<TOptions>(
        IReadOnlyList<string> args,
        Func<IReadOnlyList<string>, TOptions> parse,
        Func<TOptions, CancellationToken, Task<int>> run,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(run);
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        try
        {
            return await run(options, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }
}

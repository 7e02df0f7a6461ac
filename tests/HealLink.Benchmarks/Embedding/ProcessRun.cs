using System.Diagnostics;

namespace HealLink.Benchmarks.Embedding;

/// <summary>Runs a set-up command to its end; a failure throws with the tail of what it printed.</summary>
internal static class ProcessRun
{
    public static async Task RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var said = (await output + await errors).Split('\n').TakeLast(20);
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', info.ArgumentList)}' in {workingDirectory} exited with {process.ExitCode}:\n{string.Join('\n', said)}");
        }
    }
}

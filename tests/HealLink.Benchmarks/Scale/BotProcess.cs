using System.Collections.Concurrent;
using System.Diagnostics;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// One real HealLink.Bot process (the build beside this program, as the reliability tests run it), with its settings
/// as command-line arguments and the shared key in its environment; killed when disposed.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private BotProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time used so far, all threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>What it printed last (warnings and errors only, as configured), for a failure's message.</summary>
    public string LastLines => string.Join('\n', _lastLines);

    public static BotProcess Start(string workingDirectory, IEnumerable<string> settings, string encryptionKey)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Bot.dll"));
        foreach (var setting in settings)
        {
            info.ArgumentList.Add(setting);
        }

        info.Environment["HEALLINK_ENCRYPTION_KEY"] = encryptionKey;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var bot = new BotProcess(process);

        // Read what it prints, so a full pipe never blocks it.
        process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastLines.Enqueue(line);
        while (_lastLines.Count > KeptLines)
        {
            _lastLines.TryDequeue(out _);
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using HealLink.Core.Tests.Storage;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>
/// The real HealLink.Bot process serving the fake Bot API server, with <see cref="TelegramBotHost"/>'s settings as
/// command-line arguments, so that it can be killed as a crash kills it: no shutdown code runs.
/// </summary>
internal sealed class TelegramBotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private TelegramBotProcess(Process process, ConcurrentQueue<string> output) => (_process, _output) = (process, output);

    /// <summary>The lines it has written to standard output so far: its console log.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <param name="more">Further settings, after (and so overriding) the usual ones.</param>
    public static TelegramBotProcess Start(FakeTelegramServer telegram, TestDatabase database, params string[] more)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = database.DirectoryPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Bot.dll"));
        foreach (var setting in TelegramBotHost.Settings(telegram, database, more))
        {
            info.ArgumentList.Add(setting);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");

        // Read what it prints, so a full pipe never blocks it; its log is kept for tests that read it.
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } data)
            {
                output.Enqueue(data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new TelegramBotProcess(process, output);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: the process ends wherever it is, as in a power cut or an out-of-memory kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}

using System.Diagnostics;
using HealLink.Core.Tests.Storage;
using HealLink.FakeTelegram;

namespace HealLink.Admin.Tests.Browser;

/// <summary>The real HealLink.Bot process, long-polling the fake Bot API server, on the panel's database.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    /// <param name="settings">More <c>--Key=value</c> settings, after (so over) the usual ones.</param>
    public static BotProcess Start(FakeTelegramServer telegram, TestDatabase database, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = database.DirectoryPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Bot.dll"));
        string[] usual =
        [
            .. database.Arguments,
            $"--Telegram:BotToken={telegram.Token}",
            $"--Telegram:ApiBaseUrl={telegram.BaseUrl}",
            "--Telegram:PollTimeoutSeconds=1",
            "--Telegram:PerChatMessagesPerSecond=30",
            "--Telegram:PerChatBurst=30",
            "--Outbox:PollInterval=00:00:00.100",
            "--Embeddings:Embedder=Offline",
            "--Logging:LogLevel:Default=Warning",
        ];
        foreach (var setting in usual.Concat(settings))
        {
            info.ArgumentList.Add(setting);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

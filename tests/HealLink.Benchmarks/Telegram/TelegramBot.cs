using HealLink.Benchmarks.Shared;
using HealLink.Bot;
using HealLink.Core.Storage;
using HealLink.FakeTelegram;
using Microsoft.Extensions.Hosting;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// The whole bot, composed as Program composes it, long polling a <see cref="FakeTelegramServer"/> and sending
/// through it, on a fresh SQLite file. Only the rate limits are the scenario's; everything else is production's
/// default, the outbox included.
/// </summary>
internal sealed class TelegramBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly ScratchDatabaseFile _file;

    private TelegramBot(IHost host, ScratchDatabaseFile file)
    {
        _host = host;
        _file = file;
    }

    public string DatabasePath => _file.FilePath;

    public static async Task<TelegramBot> StartAsync(
        FakeTelegramServer telegram, RateLimitScenario limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(telegram);
        ArgumentNullException.ThrowIfNull(limits);
        var file = new ScratchDatabaseFile();
        IHost? host = null;
        try
        {
            host = BotHost.CreateBuilder([.. Settings(telegram, file), .. limits.BotSettings()]).Build();
            await host.Services.MigrateHealLinkDatabaseAsync(cancellationToken);
            await host.StartAsync(cancellationToken);
            return new TelegramBot(host, file);
        }
        catch
        {
            host?.Dispose();
            file.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A bounded stop: a run that went wrong must still end and clean up.
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await _host.StopAsync(timeout.Token);
        }

        _host.Dispose();
        _file.Dispose();
    }

    private static string[] Settings(FakeTelegramServer telegram, ScratchDatabaseFile file) =>
    [
        $"--ConnectionStrings:HealLink={file.ConnectionString}",
        $"--Telegram:BotToken={telegram.Token}",
        $"--Telegram:ApiBaseUrl={telegram.BaseUrl}",

        // Warnings only, and on stderr: stdout is the report. appsettings.json raises the host's lifetime
        // messages to Information by name, so they are lowered by name.
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        "--Logging:Console:LogToStandardErrorThreshold=Trace",
    ];
}

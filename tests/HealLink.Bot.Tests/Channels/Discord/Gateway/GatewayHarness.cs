using HealLink.Bot.Channels;
using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.FakeDiscord;
using HealLink.FakeDiscord.Gateway;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

/// <summary>
/// The Gateway client (<see cref="Sut"/>) running against a fake Discord on 127.0.0.1, with its waits recorded and
/// skipped (<see cref="Delays"/>), its dispatches recorded (<see cref="Handler"/>) and its log kept (<see cref="Logs"/>).
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscordServer server, DiscordOptions options)
    {
        Server = server;
        Options = options;
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Sut = new DiscordGatewayClient(
            options,
            _http,
            Handler,
            Status,
            _loggerFactory.CreateLogger<DiscordGatewayClient>(),
            new DiscordGatewayTiming
            {
                Random = new FixedRandom(0.5),
                Delay = Delays,
                CloseTimeout = TimeSpan.FromSeconds(1),
                HelloTimeout = TimeSpan.FromMilliseconds(500),
                MaxFrameBytes = 64 * 1024,
            });
    }

    public FakeDiscordServer Server { get; }

    public FakeGateway Fake => Server.Gateway;

    public DiscordOptions Options { get; }

    public DiscordGatewayClient Sut { get; }

    public RecordingGatewayHandler Handler { get; } = new();

    public RecordingGatewayDelay Delays { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public ChannelStatus Status { get; } = new("Discord", TimeProvider.System);

    /// <summary>The client's RunAsync, started by <see cref="StartAsync"/>.</summary>
    public Task Run { get; private set; } = Task.CompletedTask;

    /// <param name="arrange">Sets up the fake (heartbeat interval, budget) before the client connects.</param>
    /// <param name="configure">Changes the client's options (thread mode, token, URLs).</param>
    public static async Task<GatewayHarness> StartAsync(Action<FakeGateway>? arrange = null, Action<DiscordOptions>? configure = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        arrange?.Invoke(server.Gateway);
        var options = new DiscordOptions
        {
            BotToken = server.Token,
            ApiBaseUrl = server.ApiBaseUrl.ToString(),
            GatewayUrl = server.GatewayUrl.ToString(),
        };
        configure?.Invoke(options);
        var harness = new GatewayHarness(server, options);
        harness.Run = harness.Sut.RunAsync(harness._stop.Token);
        return harness;
    }

    /// <summary><see cref="StartAsync"/>, then until the client holds a READY session.</summary>
    public static async Task<GatewayHarness> StartReadyAsync(Action<FakeGateway>? arrange = null, Action<DiscordOptions>? configure = null)
    {
        var harness = await StartAsync(arrange, configure);
        try
        {
            await harness.WaitUntilReadyAsync();
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null) => Fake.WaitUntilAsync(condition, timeout);

    public Task WaitUntilReadyAsync() => WaitUntilAsync(() => Fake.ActiveSessionCount == 1 && Sut.Identity is not null);

    /// <summary>Until the client itself has read RESUMED this many times (the fake's side is not enough: the frame may be in flight).</summary>
    public Task WaitUntilResumedAsync(int times) =>
        WaitUntilAsync(() => Handler.Dispatches.Count(d => d.Type == GatewayDispatch.Resumed) == times);

    /// <summary>Dispatches a DM and waits until the handler has it.</summary>
    public async Task<string> SendAndWaitAsync(FakeDiscordUser user, string content)
    {
        var id = Fake.DispatchMessageCreate(user, content);
        await WaitUntilAsync(() => Handler.MessageIds.Contains(id));
        return id;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (DiscordGatewayFatalException)
        {
            // The test asserted it.
        }

        await Server.DisposeAsync();
        _loggerFactory.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}

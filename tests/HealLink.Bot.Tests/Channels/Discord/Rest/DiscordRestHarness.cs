using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Bot.Channels.Media;
using HealLink.FakeDiscord;
using HealLink.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

/// <summary>The REST client as the bot registers it, pointed at a fake Discord on 127.0.0.1.</summary>
internal sealed class DiscordRestHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));
    private readonly ServiceProvider _services;

    private DiscordRestHarness(FakeDiscordServer server, Action<DiscordOptions>? configure)
    {
        Server = server;
        var services = new ServiceCollection();
        services.AddOptions<DiscordOptions>().Configure(options =>
        {
            options.BotToken = server.Token;
            options.ApiBaseUrl = server.ApiBaseUrl.ToString();
            options.ServerErrorBackoffMilliseconds = 10;
            configure?.Invoke(options);
        });
        services.AddDiscordRest();
        _services = services.BuildServiceProvider();
    }

    public FakeDiscordServer Server { get; }

    public FakeRest Fake => Server.Rest;

    /// <summary>Ends any call a test leaves hanging, so a bug fails the test instead of stalling the run.</summary>
    public CancellationToken Ct => _timeout.Token;

    public DiscordMessagesApi Messages => Get<DiscordMessagesApi>();

    public DiscordDirectMessages DirectMessages => Get<DiscordDirectMessages>();

    /// <summary>The options every client here shares; a test may change them before its first call (thread mode).</summary>
    public DiscordOptions Options => Get<IOptions<DiscordOptions>>().Value;

    public static async Task<DiscordRestHarness> StartAsync(Action<DiscordOptions>? configure = null) =>
        new(await FakeDiscordServer.StartAsync(), configure);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The outbox's sender for Discord over this client, carrying files from these platforms.</summary>
    public DiscordSender Sender(params IMediaSource[] sources)
    {
        var options = Get<IOptions<DiscordOptions>>();
        var threads = new DiscordConversationThreads(
            Get<DiscordThreadsApi>(), DirectMessages, Messages, options, NullLogger<DiscordConversationThreads>.Instance);
        return new DiscordSender(Messages, threads, new RelayedFileFetcher(sources), options, NullLogger<DiscordSender>.Instance);
    }

    /// <summary>A new person in the fake and the DM channel the client opened with them.</summary>
    public async Task<(FakeRestUser User, string ChannelId)> OpenDmAsync(string name = "Robin")
    {
        var user = Fake.CreateUser(name);
        var channel = await DirectMessages.ChannelIdAsync(user.Id, Ct);
        Assert.True(channel.IsSuccess, channel.Failure?.ToString());
        return (user, channel.Value!);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
        _timeout.Dispose();
    }
}

using HealLink.FakeDiscord.Gateway;
using HealLink.FakeDiscord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HealLink.FakeDiscord;

/// <summary>
/// A real server on 127.0.0.1 that answers as Discord does, for our own client to be tested against: the REST API
/// under <see cref="ApiBaseUrl"/> (<c>/api/v10</c>) and the Gateway as a WebSocket at <see cref="GatewayUrl"/>.
/// <see cref="Gateway"/> plays the people and the connection's faults; <see cref="Rest"/> records what the bot did.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string DefaultToken = "MTAwMDAwMDAwMDAwMDAwMDAw.fake.discord-test-token";

    private readonly WebApplication _app;

    private FakeDiscordServer(string token)
    {
        Token = token;
        var builder = WebApplication.CreateSlimBuilder();

        // Nothing from the environment or an appsettings.json nearby (ASPNETCORE_URLS, say) may change the fake.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        _app = builder.Build();
        _app.UseWebSockets();
        Gateway = new FakeGateway(this);
        Rest = new FakeRest(this);
        Gateway.Map(_app);
        Rest.Map(_app);
    }

    public string Token { get; }

    /// <summary>e.g. http://127.0.0.1:41234 (the port the OS gave).</summary>
    public Uri BaseUrl => new(_app.Urls.First());

    /// <summary>What <c>Discord:ApiBaseUrl</c> is set to: <c>{BaseUrl}/api/v10</c>.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "/api/v10");

    /// <summary>What <c>Discord:GatewayUrl</c> is set to (and what <c>GET /gateway/bot</c> answers): <c>ws://127.0.0.1:port/gateway</c>.</summary>
    public Uri GatewayUrl => new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/gateway" }.Uri;

    public FakeGateway Gateway { get; }

    public FakeRest Rest { get; }

    /// <summary>
    /// A person on Discord, known to both halves: the Gateway sends what they write and press, from their DM channel
    /// with the bot, and REST takes the bot's answers there (and opens that same DM channel when asked).
    /// </summary>
    public Gateway.FakeDiscordUser CreateUser(string username = "maria")
    {
        var user = Gateway.CreateUser(username);
        Rest.Register(user.Id, user.GlobalName, user.DmChannelId);
        return user;
    }

    public static async Task<FakeDiscordServer> StartAsync(string token = DefaultToken)
    {
        var server = new FakeDiscordServer(token);
        try
        {
            await server._app.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

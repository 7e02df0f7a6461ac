using Microsoft.AspNetCore.Builder;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>The fake's Gateway: the WebSocket endpoint, its sessions, and the people and faults tests play through it.</summary>
public sealed class FakeGateway(FakeDiscordServer server) : IAsyncDisposable
{
    internal FakeDiscordServer Server => server;

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = server;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

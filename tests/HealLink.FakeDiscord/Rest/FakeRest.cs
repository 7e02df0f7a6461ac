using Microsoft.AspNetCore.Builder;

namespace HealLink.FakeDiscord.Rest;

/// <summary>The fake's REST API under /api/v10: routes, rate limit buckets, faults, and what the bot sent.</summary>
public sealed class FakeRest(FakeDiscordServer server)
{
    internal FakeDiscordServer Server => server;

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = server;
    }
}

using System.Collections.Concurrent;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// The DM channel with each person, opened once and remembered: Discord returns the same channel every time, so
/// asking again per message would only spend requests.
/// </summary>
public sealed class DiscordDirectMessages(DiscordRestClient client)
{
    private readonly ConcurrentDictionary<string, string> _channelByUser = new(StringComparer.Ordinal);

    public async Task<DiscordResult<string>> ChannelIdAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (_channelByUser.TryGetValue(userId, out var known))
        {
            return DiscordResult.Ok<string>(known);
        }

        var opened = await client.SendAsync<DiscordChannel>(
            DiscordRoutes.OpenDirectMessage(), DiscordRequestBodies.Json(new { recipient_id = userId }), cancellationToken);
        if (opened.Value is not { } channel)
        {
            return opened.FailAs<string>();
        }

        _channelByUser[userId] = channel.Id;
        return DiscordResult.Ok<string>(channel.Id);
    }

    /// <summary>Forgets a person's DM channel (e.g. Discord said it is unknown), so the next send opens it again.</summary>
    public void Forget(string userId) => _channelByUser.TryRemove(userId, out _);
}

using System.Collections.Concurrent;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// The DM channel with each person, opened once and remembered: Discord returns the same channel every time, so
/// asking again per message would only spend requests.
/// </summary>
public sealed class DiscordDirectMessages(DiscordRestClient client)
{
    private readonly ConcurrentDictionary<string, string> _channelByUser = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _userByChannel = new(StringComparer.Ordinal);

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

    /// <summary>
    /// The person a DM channel is with: the outbox addresses people by their DM channel, while a thread's member is
    /// added by user id. Asked once per channel, as a DM's recipient never changes.
    /// </summary>
    public async Task<DiscordResult<string>> RecipientOfAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        if (_userByChannel.TryGetValue(channelId, out var known))
        {
            return DiscordResult.Ok<string>(known);
        }

        var channel = await client.SendAsync<DiscordChannel>(DiscordRoutes.GetChannel(channelId), null, cancellationToken);
        if (channel.Failure is not null)
        {
            return channel.FailAs<string>();
        }

        if (channel.Value is not { Recipients: [var person] })
        {
            return new DiscordFailure(DiscordOutcome.Permanent, "the channel is not a direct message with one person");
        }

        _userByChannel[channelId] = person.Id;
        return DiscordResult.Ok<string>(person.Id);
    }

    /// <summary>Forgets a person's DM channel (e.g. Discord said it is unknown), so the next send opens it again.</summary>
    public void Forget(string userId) => _channelByUser.TryRemove(userId, out _);
}

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>Thread mode: a private thread per conversation in a guild text channel, its members, and closing it.</summary>
public sealed class DiscordThreadsApi(DiscordRestClient client)
{
    public const int PrivateThreadType = 12;
    public const int MaxNameLength = 100;

    // A week, the longest Discord allows: a quiet conversation should not vanish from the thread list overnight.
    private const int AutoArchiveMinutes = 10080;

    /// <summary>A private thread only invited members (and moderators) see; members cannot invite others.</summary>
    public Task<DiscordResult<DiscordChannel>> CreatePrivateThreadAsync(string channelId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxNameLength)
        {
            return Task.FromResult<DiscordResult<DiscordChannel>>(
                DiscordMessageLimits.Refused($"a thread name must be 1 to {MaxNameLength} characters"));
        }

        var body = DiscordRequestBodies.Json(new { name, type = PrivateThreadType, auto_archive_duration = AutoArchiveMinutes, invitable = false });
        return client.SendAsync<DiscordChannel>(DiscordRoutes.CreateThread(channelId), body, cancellationToken);
    }

    /// <summary>Adds a person to the thread; Discord answers 204 also when they already are a member.</summary>
    public Task<DiscordResult<NoContent>> AddMemberAsync(string threadId, string userId, CancellationToken cancellationToken)
    {
        return client.SendAsync<NoContent>(DiscordRoutes.AddThreadMember(threadId, userId), null, cancellationToken);
    }

    /// <summary>Archives and locks the thread: the conversation ended, and only moderators may reopen it.</summary>
    public Task<DiscordResult<DiscordChannel>> ArchiveAsync(string threadId, CancellationToken cancellationToken)
    {
        return client.SendAsync<DiscordChannel>(
            DiscordRoutes.ModifyChannel(threadId), DiscordRequestBodies.Json(new { archived = true, locked = true }), cancellationToken);
    }

    /// <summary>The thread as it is now: whether it is archived or locked.</summary>
    public Task<DiscordResult<DiscordChannel>> GetAsync(string threadId, CancellationToken cancellationToken) =>
        client.SendAsync<DiscordChannel>(DiscordRoutes.GetChannel(threadId), null, cancellationToken);

    /// <summary>Opens an archived thread again: a conversation gone quiet for a week is archived by Discord, not ended.</summary>
    public Task<DiscordResult<DiscordChannel>> UnarchiveAsync(string threadId, CancellationToken cancellationToken)
    {
        return client.SendAsync<DiscordChannel>(
            DiscordRoutes.ModifyChannel(threadId), DiscordRequestBodies.Json(new { archived = false }), cancellationToken);
    }
}

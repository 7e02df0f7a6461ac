using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// The fake's REST API under /api/v10: Discord's routes with Discord's validation, rate limits it enforces and
/// announces (and counts violations of), queued faults, and a record of everything the bot did.
/// </summary>
public sealed class FakeRest
{
    public const string MessagesRoute = "POST /channels/{channel}/messages";
    public const string ApplicationId = FakeApplicationRoutes.ApplicationId;

    /// <summary>The fake's one guild, whose text channels (<see cref="CreateGuildChannel"/>) hold threads.</summary>
    public const string GuildId = FakeRestState.GuildId;

    private readonly FakeDiscordServer _server;
    private readonly FakeRestState _state = new(TimeProvider.System);
    private readonly FakeRestFaults _faults = new();
    private readonly FakeRateLimiter _limiter = new(TimeProvider.System);
    private readonly FakeRestLog _log = new();

    public FakeRest(FakeDiscordServer server)
    {
        _server = server;

        // Discord's message bucket is about 5 per 5 s per channel; a 1 s window keeps tests quick with the same shape.
        _limiter.SetLimit(MessagesRoute, new FakeRouteLimit(5, TimeSpan.FromSeconds(1)));
    }

    internal FakeDiscordServer Server => _server;

    public int RateLimitViolations => Locked(() => _limiter.Violations);

    public int GlobalRateLimitViolations => Locked(() => _limiter.GlobalViolations);

    public IReadOnlyList<FakeRestRequest> Requests => _log.Snapshot();

    public string DescribeRequests() => _log.Describe();

    public FakeRestUser CreateUser(string name)
    {
        lock (_state.Gate)
        {
            var user = new FakeRestUser(_state.NewId(), name);
            _state.Users[user.Id] = user;
            return user;
        }
    }

    /// <summary>A person the Gateway plays, known here with their DM channel, so the bot can answer where they wrote.</summary>
    internal void Register(string userId, string name, string dmChannelId)
    {
        lock (_state.Gate)
        {
            _state.Users[userId] = new FakeRestUser(userId, name);
            _state.DmChannelByUser[userId] = dmChannelId;
            _state.DmUserByChannel[dmChannelId] = userId;
        }
    }

    /// <summary>The person blocks the bot: sends to their DM channel fail with 403, code 50007.</summary>
    public void Block(string userId) => Locked(() => _state.Blocked.Add(userId));

    public void Unblock(string userId) => Locked(() => _state.Blocked.Remove(userId));

    /// <summary>A guild text channel, for thread mode.</summary>
    public string CreateGuildChannel() => Locked(() =>
    {
        var id = _state.NewId();
        _state.GuildChannels.Add(id);
        return id;
    });

    /// <summary>The person joins the guild whose channels hold the threads; only members can be added to a thread.</summary>
    public void JoinGuild(string userId) => Locked(() => _state.GuildMembers.Add(userId));

    public string? DmChannelOf(string userId) => Locked(() => _state.DmChannelByUser.GetValueOrDefault(userId));

    public IReadOnlyList<FakeMessage> Messages(string channelId) =>
        Locked(() => (IReadOnlyList<FakeMessage>)[.. _state.Messages.GetValueOrDefault(channelId) ?? []]);

    public IReadOnlyList<string> TypingCalls => Locked(() => (IReadOnlyList<string>)[.. _state.Typing]);

    public IReadOnlyList<FakeInteractionCallback> InteractionCallbacks => Locked(() => (IReadOnlyList<FakeInteractionCallback>)[.. _state.Callbacks]);

    public FakeMessage? OriginalResponse(string interactionToken) => Locked(() => _state.Originals.GetValueOrDefault(interactionToken));

    public IReadOnlyList<FakeMessage> FollowUps => Locked(() => (IReadOnlyList<FakeMessage>)[.. _state.FollowUps]);

    public FakeThread? Thread(string threadId) => Locked(() => _state.Threads.GetValueOrDefault(threadId));

    public IReadOnlyList<FakeThread> Threads => Locked(() => (IReadOnlyList<FakeThread>)[.. _state.Threads.Values]);

    /// <summary>A moderator archives the thread (as Discord does after a quiet week), and locks it if asked.</summary>
    public void ArchiveThread(string threadId, bool locked) =>
        Locked(() => _state.Threads[threadId] = _state.Threads[threadId] with { Archived = true, Locked = locked });

    /// <summary>The threads the person was added to, oldest first.</summary>
    public IReadOnlyList<FakeThread> ThreadsOf(string userId) =>
        Locked(() => (IReadOnlyList<FakeThread>)[.. _state.Threads.Values.Where(t => t.Members.Contains(userId)).OrderBy(t => t.Id, StringComparer.Ordinal)]);

    public JsonArray? Commands(string applicationId) => Locked(() => _state.Commands.GetValueOrDefault(applicationId)?.DeepClone() as JsonArray);

    /// <summary>Limits a route's bucket (e.g. <see cref="MessagesRoute"/>) per channel, guild or webhook; null lifts it.</summary>
    public void SetRouteLimit(string route, FakeRouteLimit? limit)
    {
        lock (_state.Gate)
        {
            _limiter.SetLimit(route, limit);
        }
    }

    public void SetGlobalLimit(double perSecond)
    {
        lock (_state.Gate)
        {
            _limiter.SetGlobalLimit(perSecond);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests to a route, template, or HTTP method with the fault.</summary>
    public void FailNext(string routeOrMethod, int times, FakeRestFault fault) => _faults.Add(routeOrMethod, times, fault);

    /// <summary>A file on the CDN, as a person's attachment would be; returns its address.</summary>
    public Uri SeedAttachment(string channelId, string filename, byte[] bytes, string contentType = "application/octet-stream") =>
        SeedAttachmentFile(channelId, filename, bytes, contentType).Url;

    /// <summary>A file on the CDN, to attach to a person's MESSAGE_CREATE (<c>Gateway.DispatchMessageCreate</c>).</summary>
    public FakeAttachment SeedAttachmentFile(string channelId, string filename, byte[] bytes, string contentType = "application/octet-stream") => Locked(() =>
    {
        var id = _state.NewId();
        var url = new Uri(_server.BaseUrl, $"/attachments/{channelId}/{id}/{Uri.EscapeDataString(filename)}");
        var file = new FakeAttachment(id, filename, contentType, bytes, url);
        _state.CdnFiles[$"{channelId}/{id}/{filename}"] = file;
        return file;
    });

    /// <summary>Polls until the condition holds; fails with the request log after <paramref name="timeout"/> (5 s).</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        while (!condition())
        {
            try
            {
                await Task.Delay(10, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The condition did not hold in time. {DescribeRequests()}");
            }
        }
    }

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var endpoint = new FakeRestEndpoint(_server.Token, _faults, _limiter, _log, TimeProvider.System);
        var routes = new FakeMessageRoutes(_state, () => _server.BaseUrl).Routes()
            .Concat(new FakeUserRoutes(_state).Routes())
            .Concat(new FakeInteractionRoutes(_state).Routes())
            .Concat(new FakeThreadRoutes(_state).Routes())
            .Concat(new FakeApplicationRoutes(_state).Routes());
        foreach (var route in routes)
        {
            app.MapMethods("/api/v10" + route.Template, [route.Method], context => endpoint.HandleAsync(route, context));
        }

        FakeCdnRoute.Map(app, _state);
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_state.Gate)
        {
            return read();
        }
    }
}

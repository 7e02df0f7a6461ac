using System.Globalization;
using System.Text.Json.Nodes;
using HealLink.FakeDiscord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>
/// The fake's Gateway: a real WebSocket at <c>/gateway</c> (and <see cref="ResumePath"/> for resuming) that says Hello,
/// takes Identify or Resume, numbers dispatches and replays what a resuming client missed. Tests play people
/// (DispatchMessageCreate, DispatchButtonPress) and faults (SendReconnect, SendInvalidSession, DropConnection, Close,
/// StopAckingHeartbeats) and read what the client did (Identifies, Resumes, Heartbeats). Thread-safe throughout.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    /// <summary>READY's resume_gateway_url points here, so tests can tell resuming connections apart.</summary>
    public const string ResumePath = "/gateway-resume";

    private readonly FakeDiscordServer _server;
    private readonly FakeGatewayState _state;
    private readonly FakeSnowflakes _ids = new();
    private readonly CancellationTokenSource _stopping = new();

    public FakeGateway(FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        _server = server;
        BotUserId = _ids.Next();

        // The application REST knows, so the slash commands the bot registers after READY are accepted.
        ApplicationId = Rest.FakeRest.ApplicationId;
        _state = new FakeGatewayState(server.Token, BotUserId, ApplicationId, () => ResumeUrl);
    }

    public string BotUserId { get; }

    public string ApplicationId { get; }

    /// <summary>ws://127.0.0.1:port/gateway-resume, what READY gives as resume_gateway_url.</summary>
    public Uri ResumeUrl => new UriBuilder(_server.GatewayUrl) { Path = ResumePath }.Uri;

    // Settings

    /// <summary>What Hello says (Discord: about 41 s); tests use a few hundred milliseconds.</summary>
    public TimeSpan HeartbeatInterval { get => _state.HeartbeatInterval; set => _state.HeartbeatInterval = value; }

    /// <summary>Closes with 4014 an Identify asking for MESSAGE_CONTENT, as Discord does when the intent is not enabled.</summary>
    public bool RejectPrivilegedIntents { get => _state.RejectPrivilegedIntents; set => _state.RejectPrivilegedIntents = value; }

    /// <summary>This many coming connections get no Hello: they stay silent, as a half-open connection does.</summary>
    public int WithholdHelloFromNextConnections { get => _state.WithholdHello; set => _state.WithholdHello = value; }

    /// <summary>Connections to the resume address (<see cref="ResumePath"/>) are refused with 503 while set.</summary>
    public bool RefuseResumeConnections { get; set; }

    /// <summary>session_start_limit.remaining in GET /gateway/bot; each Identify takes one.</summary>
    public int SessionStartRemaining { get => _state.SessionStartRemaining; set => _state.SessionStartRemaining = value; }

    public TimeSpan SessionStartResetAfter { get => _state.SessionStartResetAfter; set => _state.SessionStartResetAfter = value; }

    // What the client did

    public int ConnectionCount => _state.Connections.Count;

    public IReadOnlyList<FakeGatewayConnectionInfo> Connections => _state.Connections;

    public int IdentifyCount => _state.Identifies.Count;

    public IReadOnlyList<FakeIdentify> Identifies => _state.Identifies;

    public int ResumeCount => _state.Resumes.Count;

    public IReadOnlyList<FakeResume> Resumes => _state.Resumes;

    /// <summary>The <c>d</c> of each heartbeat received: the client's last sequence, or null.</summary>
    public IReadOnlyList<long?> Heartbeats => _state.Heartbeats;

    /// <summary>The close code of each close frame the client sent (null: a close frame without one).</summary>
    public IReadOnlyList<int?> ClientCloseCodes => _state.ClientCloses;

    /// <summary>1 while a client holds a READY or RESUMED session on an open connection.</summary>
    public int ActiveSessionCount => _state.ActiveSessionCount;

    /// <summary>Frames from the client the fake could not read (it closed those connections with 4002).</summary>
    public int MalformedClientFrames => _state.MalformedFrames;

    // People

    public FakeDiscordUser CreateUser(string username = "maria") =>
        new(_ids.Next(), username, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(username), _ids.Next());

    /// <summary>
    /// The person writes to the bot (in their DM unless <paramref name="channelId"/> and <paramref name="guildId"/> say
    /// otherwise), with files already on the CDN (<c>Rest.SeedAttachment</c>) attached; returns the message id.
    /// </summary>
    public string DispatchMessageCreate(
        FakeDiscordUser user,
        string content,
        string? messageId = null,
        string? channelId = null,
        string? guildId = null,
        bool fromBot = false,
        IReadOnlyList<FakeAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = messageId ?? _ids.Next();
        var message = FakeGatewayEvents.Message(id, user, channelId ?? user.DmChannelId, content, guildId, fromBot);
        message["attachments"] = new JsonArray([.. (attachments ?? []).Select(FakeGatewayEvents.Attachment)]);
        Dispatch("MESSAGE_CREATE", message);
        return id;
    }

    /// <summary>The person edits a message they sent in their DM: a MESSAGE_UPDATE with the new text and the edit's time.</summary>
    public void DispatchMessageUpdate(FakeDiscordUser user, string messageId, string newContent, DateTimeOffset editedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        var json = FakeGatewayEvents.Message(messageId, user, user.DmChannelId, newContent, guildId: null, fromBot: false);
        json["edited_timestamp"] = editedAt.ToString("O", CultureInfo.InvariantCulture);
        Dispatch("MESSAGE_UPDATE", json);
    }

    /// <summary>The person presses a button on one of the bot's messages; returns the interaction id.</summary>
    public string DispatchButtonPress(
        FakeDiscordUser user,
        string messageId,
        string customId,
        string? interactionId = null,
        string? channelId = null,
        string? guildId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = interactionId ?? _ids.Next();
        Dispatch("INTERACTION_CREATE", FakeGatewayEvents.ButtonPress(id, ApplicationId, user, channelId ?? user.DmChannelId, messageId, customId, guildId));
        return id;
    }

    /// <summary>Any dispatch, numbered and buffered like the others (for events the helpers do not build, or wrong shapes).</summary>
    public void Dispatch(string type, JsonNode data) => _state.Dispatch(type, data);

    // Faults, on the newest open connection

    /// <summary>Sends the text as it is: garbage, <c>{}</c>, anything. Not numbered, not replayed.</summary>
    public void DispatchRaw(string frameText) => Live().Send(frameText);

    public void DispatchBinary(byte[] bytes) => Live().SendBinary(bytes);

    /// <summary>Op 1: the client must heartbeat at once.</summary>
    public void RequestHeartbeat() => Live().Send(FakeGatewayFrames.HeartbeatRequest());

    /// <summary>Op 7: the client should reconnect and resume.</summary>
    public void SendReconnect() => Live().Send(FakeGatewayFrames.Reconnect());

    /// <summary>Op 9. Not resumable: the session is forgotten first (its unsent events with it, as on Discord).</summary>
    public void SendInvalidSession(bool resumable)
    {
        var connection = Live();
        if (!resumable)
        {
            _state.InvalidateCurrentSession();
        }

        connection.Send(FakeGatewayFrames.InvalidSession(resumable));
    }

    /// <summary>A close frame with this code. 4007 and 4009 also forget the session, as on Discord.</summary>
    public void Close(int code)
    {
        var connection = Live();
        if (code is 4007 or 4009)
        {
            _state.InvalidateCurrentSession();
        }

        connection.Close(code);
    }

    /// <summary>Forgets the session without telling the client (as when it has timed out on Discord's side): its next Resume gets op 9 d:false.</summary>
    public void ForgetSession() => _state.InvalidateCurrentSession();

    /// <summary>Ends the TCP connection without a close frame.</summary>
    public void DropConnection() => Live().Drop();

    /// <summary>The newest connection goes half-dead: no heartbeat ACKs, no live dispatches (kept for the resume). New connections behave.</summary>
    public void StopAckingHeartbeats() => Live().Stalled = true;

    public void ResumeAckingHeartbeats() => Live().Stalled = false;

    /// <summary>Polls until the condition holds; throws <see cref="TimeoutException"/> after the timeout (default 5 s).</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? TimeSpan.FromSeconds(5);
        using var late = new CancellationTokenSource(limit);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        try
        {
            while (!condition())
            {
                await ticks.WaitForNextTickAsync(late.Token);
            }
        }
        catch (OperationCanceledException) when (late.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Not within {limit.TotalSeconds:0.###} s. {Describe()}"));
        }
    }

    /// <summary>What the client has done so far, for a failing test's message.</summary>
    public string Describe() =>
        $"Connections {ConnectionCount}, identifies {IdentifyCount}, resumes {ResumeCount}, heartbeats {Heartbeats.Count}, client closes [{string.Join(",", ClientCloseCodes)}].";

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Map("/gateway", AcceptAsync);
        app.Map(ResumePath, AcceptAsync);
        FakeGatewayBotRoute.Map(app, _server.Token, () => _server.GatewayUrl, _state);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var connection in _state.Open)
        {
            connection.Drop();
        }

        _stopping.Dispose();
    }

    private FakeGatewayConnection Live() =>
        _state.LiveConnection ?? throw new InvalidOperationException("No client is connected to the fake Gateway.");

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (RefuseResumeConnections && context.Request.Path == ResumePath)
        {
            // The resume address's server is gone, as happens when Discord moves a session's node.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context, _state);
        _state.Attach(connection, context.Request.Path, context.Request.QueryString.ToString());
        if (context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            connection.Close(4012);
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
        await connection.RunAsync(stopping.Token);
    }
}

using System.Net.WebSockets;
using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the Gateway, from Hello to its end: heartbeats, Identify or Resume, READY, and every
/// frame after, until Discord or we end it. It reports why it ended; what to do next is the client's decision.
/// Nothing from a frame's <c>d</c> is ever logged: it holds what people wrote.
/// </summary>
internal sealed partial class GatewayConnection : IAsyncDisposable
{
    // Any code but 1000/1001 keeps the session resumable; 4000 is what discord.py closes with to resume.
    private const WebSocketCloseStatus KeepSession = (WebSocketCloseStatus)4000;
    private const int NotEndedByUs = -1;

    private readonly GatewayContext _context;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _ended = new();
    private readonly GatewayHeartbeat _heartbeat;
    private readonly GatewayDispatchIntake _intake;
    private Task _heartbeating = Task.CompletedTask;
    private Task _closing = Task.CompletedTask;
    private int _closeStarted;
    private int _endedBy = NotEndedByUs;
    private volatile bool _helloSeen;
    private bool _reachedReady;

    public GatewayConnection(GatewayContext context)
    {
        _context = context;
        _intake = new GatewayDispatchIntake(context);
        _heartbeat = new GatewayHeartbeat(context, (frame, ct) => SendAsync(frame, limited: false, ct), () => StartClose(GatewayEndReason.Zombie, KeepSession));
    }

    public async Task<GatewayConnectionEnd> RunAsync(Uri url, bool resume, CancellationToken stopping)
    {
        try
        {
            await _socket.ConnectAsync(GatewayUrls.WithVersion(url), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new GatewayConnectionEnd(GatewayEndReason.Stopping, false);
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException)
        {
            LogConnectFailed(_context.Logger, url.Host, exception.GetType().Name);
            return new GatewayConnectionEnd(GatewayEndReason.ConnectFailed, false);
        }

        // 1000 on a deliberate stop: the next process identifies afresh anyway (the session is not kept across
        // restarts), and 1000 tells Discord to end the session now rather than hold events for a resume that never comes.
        using var stopRegistration = stopping.Register(() => _ = StartClose(GatewayEndReason.Stopping, WebSocketCloseStatus.NormalClosure));
        var watchingForHello = WatchForHelloAsync();
        var end = await ReceiveUntilEndAsync(resume);
        await _ended.CancelAsync();
        await _heartbeating;
        await watchingForHello;
        await StartClose(end.Reason, KeepSession);
        return end;
    }

    // Discord says Hello at once; a connection that stays silent is half-open and would otherwise hang here for good.
    private async Task WatchForHelloAsync()
    {
        try
        {
            await Task.Delay(_context.Timing.HelloTimeout, _context.Timing.Time, _ended.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_helloSeen)
        {
            GatewayLog.Skipped(_context.Logger, "a connection that never said Hello; reconnecting");
            await StartClose(GatewayEndReason.Zombie, KeepSession);
        }
    }

    private async Task<GatewayConnectionEnd> ReceiveUntilEndAsync(bool resume)
    {
        var receiver = new GatewayFrameReceiver(_socket, _context.Timing.MaxFrameBytes);
        while (true)
        {
            try
            {
                switch (await receiver.ReceiveAsync())
                {
                    case ReceivedKind.Close:
                        var code = (int?)_socket.CloseStatus;
                        return End(code is null ? GatewayEndReason.Dropped : GatewayEndReason.Closed, code);
                    case ReceivedKind.Binary:
                        GatewayLog.Skipped(_context.Logger, "a binary frame (we asked for JSON without compression)");
                        continue;
                    case ReceivedKind.TooLarge:
                        GatewayLog.Skipped(_context.Logger, "a frame over the size limit");
                        continue;
                }

                if (!GatewayFrame.TryRead(receiver.Text, out var frame))
                {
                    GatewayLog.Skipped(_context.Logger, "a frame that is not a Gateway payload");
                    continue;
                }

                if (await HandleAsync(frame, resume) is { } end)
                {
                    return end;
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                return End(GatewayEndReason.Dropped, null);
            }
        }
    }

    private async Task<GatewayConnectionEnd?> HandleAsync(GatewayFrame frame, bool resume)
    {
        switch (frame.Op)
        {
            case GatewayOpCode.Hello when !_helloSeen && HeartbeatInterval(frame.Data) is { } interval:
                _helloSeen = true;
                _heartbeating = _heartbeat.RunAsync(interval, _ended.Token);
                await SendAsync(resume ? ResumeFrame() : GatewayPayloads.Identify(_context.Token, _context.Intents), limited: true, _ended.Token);
                return null;
            case GatewayOpCode.HeartbeatAck:
                _heartbeat.Acknowledged();
                return null;
            case GatewayOpCode.Heartbeat:
                await _heartbeat.BeatNowAsync(_ended.Token);
                return null;
            case GatewayOpCode.Reconnect:
                return End(GatewayEndReason.Reconnect, null);
            case GatewayOpCode.InvalidSession:
                var resumable = frame.Data.ValueKind == JsonValueKind.True;
                return End(resumable ? GatewayEndReason.InvalidSessionResumable : GatewayEndReason.InvalidSession, null);
            case GatewayOpCode.Dispatch:
                _reachedReady |= _intake.Take(frame);
                return null;
            default:
                GatewayLog.Skipped(_context.Logger, $"op {frame.Op}");
                return null;
        }
    }

    private byte[] ResumeFrame() =>
        GatewayPayloads.Resume(_context.Token, _context.Session.SessionId ?? string.Empty, _context.Session.Sequence);

    private static TimeSpan? HeartbeatInterval(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("heartbeat_interval", out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetDouble(out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;

    // When we ended it ourselves (zombie, stop), that is the reason, whatever the socket did after.
    private GatewayConnectionEnd End(GatewayEndReason reason, int? closeCode) =>
        Volatile.Read(ref _endedBy) is var ours && ours == NotEndedByUs
            ? new(reason, _reachedReady, closeCode)
            : new((GatewayEndReason)ours, _reachedReady);

    private async Task SendAsync(byte[] frame, bool limited, CancellationToken cancellationToken)
    {
        if (limited)
        {
            await _context.Limiter.WaitTurnAsync(cancellationToken);
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Once per connection: sends a close frame, then drops the socket (at once, or after the close timeout on a stop).</summary>
    private Task StartClose(GatewayEndReason reason, WebSocketCloseStatus status)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) == 0)
        {
            if (reason is GatewayEndReason.Zombie or GatewayEndReason.Stopping)
            {
                Volatile.Write(ref _endedBy, (int)reason);
            }

            _closing = CloseAsync(reason, status);
        }

        return _closing;
    }

    private async Task CloseAsync(GatewayEndReason reason, WebSocketCloseStatus status)
    {
        using var timeout = new CancellationTokenSource(_context.Timing.CloseTimeout, _context.Timing.Time);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _sendLock.WaitAsync(timeout.Token);
                try
                {
                    await _socket.CloseOutputAsync(status, null, timeout.Token);
                }
                finally
                {
                    _sendLock.Release();
                }
            }

            // On a stop we wait for Discord's answering close, which ends the receive loop cleanly.
            if (reason == GatewayEndReason.Stopping)
            {
                using var answeredOrLate = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _ended.Token);
                await Task.Delay(Timeout.InfiniteTimeSpan, _context.Timing.Time, answeredOrLate.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Closing is best effort; the abort below ends the connection either way.
        }

        _socket.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        await _ended.CancelAsync();
        await _closing;
        _socket.Dispose();
        _sendLock.Dispose();
        _ended.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to the Discord Gateway at {Host} ({Problem})")]
    private static partial void LogConnectFailed(ILogger logger, string host, string problem);
}

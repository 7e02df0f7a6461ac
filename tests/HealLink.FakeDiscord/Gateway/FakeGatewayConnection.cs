using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>
/// One client WebSocket on the fake: sends Hello, reads heartbeats, Identify and Resume, and writes what the state
/// queues for it, in order, from a single writer.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, HttpContext http, FakeGatewayState state)
{
    private readonly Channel<Func<CancellationToken, Task>> _outbox = Channel.CreateUnbounded<Func<CancellationToken, Task>>();
    private volatile bool _stalled;

    /// <summary>Like a half-dead connection: no heartbeat ACKs and no live dispatches (they wait for a resume).</summary>
    public bool Stalled
    {
        get => _stalled;
        set => _stalled = value;
    }

    /// <summary>READY or RESUMED has been sent: dispatches may go out live. Guarded by the state's lock.</summary>
    public bool Ready { get; set; }

    public FakeGatewaySession? Session { get; set; }

    public void Send(string text) =>
        _outbox.Writer.TryWrite(ct => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct));

    public void SendBinary(byte[] bytes) =>
        _outbox.Writer.TryWrite(ct => socket.SendAsync(bytes, WebSocketMessageType.Binary, true, ct));

    public void Close(int code) =>
        _outbox.Writer.TryWrite(ct => socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake", ct));

    /// <summary>Ends the TCP connection with no close frame, as a network failure would.</summary>
    public void Drop()
    {
        _outbox.Writer.TryComplete();
        http.Abort();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var writing = WriteAsync(cancellationToken);
        if (!state.TakeSilence())
        {
            Send(FakeGatewayFrames.Hello(state.HeartbeatInterval));
        }
        try
        {
            await ReadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away; what it missed waits in the session for a resume.
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Discord closes with 4002 (decode error) on a frame it cannot read.
            state.RecordMalformedFrame();
            await socket.CloseOutputAsync((WebSocketCloseStatus)4002, "decode error", CancellationToken.None);
        }
        finally
        {
            _outbox.Writer.TryComplete();
            state.Detach(this);
            await writing;
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                state.RecordClientClose((int?)result.CloseStatus);
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                }

                return;
            }

            OnFrame(message.ToArray());
        }
    }

    private void OnFrame(byte[] utf8)
    {
        using var frame = JsonDocument.Parse(utf8);
        var root = frame.RootElement;
        var data = root.GetProperty("d");
        switch (root.GetProperty("op").GetInt32())
        {
            case 1:
                state.RecordHeartbeat(data.ValueKind == JsonValueKind.Number ? data.GetInt64() : null);
                if (!Stalled)
                {
                    Send(FakeGatewayFrames.HeartbeatAck());
                }

                break;
            case 2:
                state.Identify(this, data);
                break;
            case 6:
                state.Resume(this, data);
                break;
        }
    }

    // The writer ends when the outbox is completed; a failed send means the client is gone, so the rest is dropped.
    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var send in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                await send(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }
}

using System.Buffers;
using System.Net.WebSockets;

namespace HealLink.Bot.Channels.Discord.Gateway;

internal enum ReceivedKind
{
    Text,
    Binary,
    TooLarge,
    Close,
}

/// <summary>
/// Reads whole WebSocket messages into one reused buffer. A message over the size limit is read to its end and
/// thrown away chunk by chunk, so it costs no memory and the stream stays in step.
/// </summary>
internal sealed class GatewayFrameReceiver(WebSocket socket, int maxBytes)
{
    private const int ChunkBytes = 16 * 1024;

    private readonly ArrayBufferWriter<byte> _message = new(ChunkBytes);

    /// <summary>The last text message; valid until the next receive.</summary>
    public ReadOnlyMemory<byte> Text => _message.WrittenMemory;

    // No cancellation token: cancelling a WebSocket receive aborts the socket before we could send a close frame.
    // The connection stops the receive by closing (the server's answering close ends it) or by aborting.
    public async Task<ReceivedKind> ReceiveAsync()
    {
        _message.ResetWrittenCount();
        long total = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(_message.GetMemory(ChunkBytes), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedKind.Close;
            }

            total += result.Count;
            _message.Advance(result.Count);
            if (total > maxBytes)
            {
                _message.ResetWrittenCount();
            }

            if (result.EndOfMessage)
            {
                return total > maxBytes ? ReceivedKind.TooLarge
                    : result.MessageType == WebSocketMessageType.Binary ? ReceivedKind.Binary
                    : ReceivedKind.Text;
            }
        }
    }
}

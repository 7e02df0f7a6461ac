using System.Threading.Channels;
using HealLink.Bot.Channels.Discord.Gateway.Events;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Hands dispatches to the handler one at a time, in the order received, on its own task: a slow handler never
/// holds up reading heartbeat ACKs (which would look like a zombie connection). It reads the two events the bot
/// needs, drops bots' messages and ids already handed over, and survives the handler's exceptions.
/// </summary>
internal sealed partial class GatewayDispatcher(IDiscordGatewayHandler handler, ILogger logger)
{
    private const int RememberedIds = 4096;

    private readonly Channel<GatewayDispatch> _queue = Channel.CreateUnbounded<GatewayDispatch>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly RecentIds _seen = new(RememberedIds);

    public void Post(GatewayDispatch dispatch) => _queue.Writer.TryWrite(dispatch);

    /// <summary>No more dispatches; <see cref="RunAsync"/> ends once the queue is drained.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <param name="cancellationToken">Passed to the handler; the queue is still drained after it fires.</param>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Drained even when stopping: these events were taken off the Gateway and will not come again.
        await foreach (var received in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (Read(received) is not { } dispatch)
            {
                continue;
            }

            try
            {
                await handler.HandleAsync(dispatch, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogHandlerFailed(logger, dispatch.Type, dispatch.Sequence, exception);
            }
            catch (OperationCanceledException)
            {
                LogHandlerCancelled(logger, dispatch.Type, dispatch.Sequence);
            }
        }
    }

    private GatewayDispatch? Read(GatewayDispatch dispatch)
    {
        switch (dispatch.Type)
        {
            case GatewayDispatch.MessageCreate:
                var message = GatewayEventJson.TryRead(dispatch.Data, GatewayEventJson.Default.DiscordMessage);
                if (message is null)
                {
                    LogUnreadable(logger, dispatch.Type, dispatch.Sequence);
                    return null;
                }

                return message.Author.Bot != true && _seen.Add("message:" + message.Id) ? dispatch with { Message = message } : null;
            case GatewayDispatch.MessageUpdate:
                // Discord also sends updates nobody typed (a link's preview arriving): without an edit time and the
                // author, there is nothing to pass on. One edit is told apart from the next by its time.
                var edited = GatewayEventJson.TryRead(dispatch.Data, GatewayEventJson.Default.DiscordMessage);
                return edited is { EditedTimestamp: { } at } && edited.Author.Bot != true && _seen.Add($"edit:{edited.Id}:{at}")
                    ? dispatch with { Message = edited }
                    : null;
            case GatewayDispatch.InteractionCreate:
                var interaction = GatewayEventJson.TryRead(dispatch.Data, GatewayEventJson.Default.DiscordInteraction);
                if (interaction?.Invoker is null)
                {
                    LogUnreadable(logger, dispatch.Type, dispatch.Sequence);
                    return null;
                }

                return _seen.Add("interaction:" + interaction.Id) ? dispatch with { Interaction = interaction } : null;
            default:
                return dispatch;
        }
    }

    // Never the payload: it is what people wrote about their health.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a Discord {EventType} dispatch (s={Sequence}) that could not be read")]
    private static partial void LogUnreadable(ILogger logger, string eventType, long? sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the Discord {EventType} dispatch (s={Sequence}) failed; going on with the next")]
    private static partial void LogHandlerFailed(ILogger logger, string eventType, long? sequence, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handling the Discord {EventType} dispatch (s={Sequence}) was cancelled: the bot is stopping")]
    private static partial void LogHandlerCancelled(ILogger logger, string eventType, long? sequence);
}

using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Channels.Discord.Gateway.Events;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Handles one Gateway dispatch: answers an interaction at once (Discord allows 3 s, and an Accept's icebreakers can
/// take longer), hands the message to the pipeline, and on READY publishes the slash commands. Discord does not
/// deliver an event again as Telegram redelivers an unconfirmed update, so a failure is retried here a few times, in
/// order, before the event is given up; a replay after a resume is caught by the pipeline's inbound receipts. In a
/// server, only a person's own conversation thread is listened to, and what they write there reaches their own chat.
/// </summary>
internal sealed partial class DiscordDispatchHandler(
    InboundProcessor processor,
    DiscordInteractionsApi interactions,
    DiscordCommandPublisher commands,
    ConversationThreadOwners threadOwners,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<DiscordDispatchHandler> logger) : IDiscordGatewayHandler
{
    private const int MaxAttempts = 5;

    private static readonly TimeSpan _firstRetryDelay = TimeSpan.FromMilliseconds(200);

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (dispatch.Identity is { } bot)
        {
            commands.PublishFor(bot.ApplicationId);
            return;
        }

        switch (DiscordDispatchReader.Read(dispatch, timeProvider.GetUtcNow()))
        {
            case DiscordInbound.ForPipeline { Message: var written, Interaction: var interaction } inbound:
                var message = inbound.InServer ? await InOwnThreadAsync(written, cancellationToken) : written;
                if (interaction is not null)
                {
                    await AcknowledgeAsync(interaction, heard: message is not null, cancellationToken);
                }

                if (message is null)
                {
                    LogSkipped(logger, dispatch.Type, "written in a server channel that is not the writer's conversation thread");
                    break;
                }

                await ProcessAsync(message, cancellationToken);
                break;
            case DiscordInbound.Skipped skipped:
                LogSkipped(logger, dispatch.Type, skipped.Reason);
                break;
        }
    }

    /// <summary>
    /// The message addressed to the writer's own chat and the thread it was written in, when the server channel is
    /// one of their conversations' threads; null for any other channel, or for someone else in their thread.
    /// </summary>
    private async Task<InboundMessage?> InOwnThreadAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (options.Value.ThreadChannelId is null)
        {
            return null;
        }

        var threadId = message.Chat.ChatId;
        var chat = await threadOwners.ChatOfAsync(Platform.Discord, message.PlatformUserId, threadId, cancellationToken);
        return chat is null ? null : message with { Chat = new ChatAddress(Platform.Discord, chat, threadId) };
    }

    /// <summary>
    /// A button press: "deferred update", so the button stops spinning and the message stays as it is; the answer
    /// arrives as new messages. A slash command: a short note only they see, naming the command; the answer follows.
    /// Either where the bot does not listen: a note only they see, saying where it does.
    /// </summary>
    private async Task AcknowledgeAsync(DiscordInteraction interaction, bool heard, CancellationToken cancellationToken)
    {
        var response = !heard
            ? DiscordInteractionResponse.Message(new DiscordInteractionMessage(DiscordThreadCopy.NotHere, Ephemeral: true))
            : interaction.Type == DiscordInteraction.ApplicationCommand
                ? DiscordInteractionResponse.Message(new DiscordInteractionMessage($"/{interaction.Data?.Name}", Ephemeral: true))
                : DiscordInteractionResponse.DeferredUpdate();
        var answered = await interactions.RespondAsync(interaction.Id, interaction.Token, response, cancellationToken);
        if (answered.Failure is { } failure)
        {
            // The press still counts: the person sees the answer as a message, with at worst "interaction failed" above.
            LogNotAcknowledged(logger, failure.ToString());
        }
    }

    private async Task ProcessAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var delay = _firstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await processor.ProcessAsync(message, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, exception, message.UpdateId, attempt, MaxAttempts);
                if (attempt == MaxAttempts)
                {
                    return;
                }
            }

            await Task.Delay(delay, timeProvider, cancellationToken);
            delay *= 2;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord {EventType} skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string eventType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Discord interaction could not be acknowledged: {Problem}")]
    private static partial void LogNotAcknowledged(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord update {UpdateId} could not be handled (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string updateId, int attempt, int maxAttempts);
}

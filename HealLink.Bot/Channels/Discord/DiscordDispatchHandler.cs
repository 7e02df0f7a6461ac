using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Channels.Discord.Gateway.Events;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Handles one Gateway dispatch: answers an interaction at once (Discord allows 3 s, and an Accept's icebreakers can
/// take longer), hands the message to the pipeline, and on READY publishes the slash commands. Discord does not
/// deliver an event again as Telegram redelivers an unconfirmed update, so a failure is retried here a few times, in
/// order, before the event is given up; a replay after a resume is caught by the pipeline's inbound receipts.
/// </summary>
internal sealed partial class DiscordDispatchHandler(
    InboundProcessor processor,
    DiscordInteractionsApi interactions,
    DiscordCommandPublisher commands,
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
            case DiscordInbound.ForPipeline { Message: var message, Interaction: var interaction }:
                if (interaction is not null)
                {
                    await AcknowledgeAsync(interaction, cancellationToken);
                }

                await ProcessAsync(message, cancellationToken);
                break;
            case DiscordInbound.Skipped skipped:
                LogSkipped(logger, dispatch.Type, skipped.Reason);
                break;
        }
    }

    /// <summary>
    /// A button press: "deferred update", so the button stops spinning and the message stays as it is; the answer
    /// arrives as new messages. A slash command: a short note only they see, naming the command; the answer follows.
    /// </summary>
    private async Task AcknowledgeAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var response = interaction.Type == DiscordInteraction.ApplicationCommand
            ? DiscordInteractionResponse.Message(new DiscordInteractionMessage($"/{interaction.Data?.Name}", Ephemeral: true))
            : DiscordInteractionResponse.DeferredUpdate();
        var answered = await interactions.RespondAsync(interaction.Id, interaction.Token, response, cancellationToken);
        if (answered.Failure is { } failure)
        {
            // The press still counts: the person sees the answer as a message, with at worst "interaction failed" above.
            LogNotAcknowledged(logger, failure.ToString());
        }
    }

    private async Task ProcessAsync(Core.Messaging.InboundMessage message, CancellationToken cancellationToken)
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

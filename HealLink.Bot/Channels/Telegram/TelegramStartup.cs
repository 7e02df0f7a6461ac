using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Gets the bot ready to receive: checks the token (getMe), then registers or removes the webhook. Only these
/// decide whether updates can flow; the command menu is published beside them and never holds them up
/// (<see cref="TelegramCommandMenuPublisher"/>). Network trouble at start-up is waited out; a rejected token stops
/// the bot with a clear message.
/// </summary>
internal sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    TokenRedactor redactor,
    FatalStop fatalStop,
    ChannelStatuses statuses,
    ILogger<TelegramStartup> logger)
{
    /// <summary>How the health page names this channel.</summary>
    public const string ChannelName = "Telegram";

    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <param name="webhook">The webhook to register, or null to poll (any webhook is removed; pending updates are kept).</param>
    /// <returns>False when the bot is stopping.</returns>
    public async Task<bool> PrepareAsync(WebhookRegistration? webhook, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                var me = await bot.GetMe(cancellationToken);
                identity.Remember(me.HasTopicsEnabled);
                if (webhook is null)
                {
                    await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
                }
                else
                {
                    await bot.SetWebhook(
                        webhook.Url,
                        maxConnections: webhook.MaxConnections,
                        allowedUpdates: AllowedUpdates,
                        dropPendingUpdates: false,
                        secretToken: webhook.Secret,
                        cancellationToken: cancellationToken);
                }

                var mode = webhook is null ? "long polling" : "a webhook";
                LogConnected(logger, me.Username ?? me.FirstName, mode);
                Status.Healthy($"receiving through {mode}");
                return true;
            }
            catch (RequestException exception) when (TelegramFailure.Of(exception, redactor) is { } failure)
            {
                if (failure.RejectsToken)
                {
                    StopForBadToken(failure);
                    return false;
                }

                LogNotReady(logger, failure.ToString(), backoff);
                Status.Unhealthy($"not reachable yet: {failure}");
                if (!await Pause.ForAsync(backoff, cancellationToken))
                {
                    return false;
                }

                backoff = backoff * 2 < _maxBackoff ? backoff * 2 : _maxBackoff;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    /// <summary>This channel's line on the health page; polling keeps it current after start-up.</summary>
    public ChannelStatus Status { get; } = statuses.For(ChannelName);

    public void StopForBadToken(TelegramFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Status.Unhealthy($"token rejected: {failure}");
        fatalStop.Stop(
            $"Telegram rejected the bot token ({failure}). "
            + "Check Telegram:BotToken: copy it again from BotFather, or revoke it and set the new one.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as {BotName}, receiving through {Mode}")]
    private static partial void LogConnected(ILogger logger, string botName, string mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram is not reachable yet ({Problem}); trying again in {Delay}")]
    private static partial void LogNotReady(ILogger logger, string problem, TimeSpan delay);
}

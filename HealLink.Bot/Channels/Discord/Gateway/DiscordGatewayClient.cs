namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Our Discord Gateway v10 client: keeps one session alive across reconnects (resuming when Discord allows, identifying
/// afresh when it does not) and hands each dispatch, in order and once, to the handler. <see cref="RunAsync"/> runs
/// until cancelled, or throws <see cref="DiscordGatewayFatalException"/> when Discord refuses for good (bad token,
/// privileged intent not enabled); the host turns that into exit code 2.
/// </summary>
public sealed partial class DiscordGatewayClient(
    DiscordOptions options,
    HttpClient http,
    IDiscordGatewayHandler handler,
    ChannelStatus status,
    ILogger<DiscordGatewayClient> logger,
    DiscordGatewayTiming? timing = null)
{
    /// <summary>Connection failures to the resume address before the session is given up for a new one.</summary>
    internal const int MaxFailedResumes = 3;

    private readonly DiscordGatewayTiming _timing = timing ?? new DiscordGatewayTiming();
    private readonly GatewaySession _session = new();
    private DiscordBotIdentity? _identity;

    /// <summary>The bot's user and application ids, from the last READY; null until then.</summary>
    public DiscordBotIdentity? Identity => Volatile.Read(ref _identity);

    /// <summary>What Identify asks for: 4096 for DMs only, 37377 in thread mode.</summary>
    public int Intents => GatewayIntents.For(options);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.BotToken);
        var dispatcher = new GatewayDispatcher(handler, logger);
        var dispatching = dispatcher.RunAsync(cancellationToken);
        try
        {
            await ConnectLoopAsync(dispatcher, cancellationToken);
        }
        catch (DiscordGatewayFatalException exception)
        {
            status.Unhealthy(exception.Message);
            LogFatal(logger, exception.Message);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping while waiting to reconnect.
        }
        finally
        {
            dispatcher.Complete();
            await dispatching;
            LogStopped(logger);
        }
    }

    private async Task ConnectLoopAsync(GatewayDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var delays = _timing.Delays;
        var context = new GatewayContext(
            options.BotToken!,
            Intents,
            _session,
            dispatcher,
            new GatewaySendLimiter(_timing.Time, delays),
            _timing,
            status,
            identity => Volatile.Write(ref _identity, identity),
            logger);
        var identifying = new GatewayIdentifyPreparation(new GatewayBotEndpoint(http, options, logger), new Uri(options.GatewayUrl), delays, logger);
        var backoff = new GatewayBackoff(_timing.Random);
        var failedResumes = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = _session.CanResume;
            var url = resume ? _session.ResumeGatewayUrl! : await identifying.PrepareAsync(cancellationToken);
            GatewayConnectionEnd end;
            await using (var connection = new GatewayConnection(context))
            {
                end = await connection.RunAsync(url, resume, cancellationToken);
            }

            if (end.Reason == GatewayEndReason.Stopping || cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (end.ReachedReady)
            {
                backoff.Reset();
            }

            failedResumes = resume && end.Reason == GatewayEndReason.ConnectFailed ? failedResumes + 1 : 0;
            if (failedResumes == MaxFailedResumes)
            {
                // The resume address can vanish with the node that held the session; a new session on the main
                // address beats knocking on it for ever (what it would have replayed is lost to this session either way).
                _session.Clear();
                failedResumes = 0;
                LogResumeAbandoned(logger, MaxFailedResumes);
            }

            var (delay, reason) = NextWait(end, backoff);
            status.Unhealthy($"reconnecting to the Discord Gateway ({Describe(end)})");
            LogReconnecting(logger, Describe(end), delay, _session.CanResume);
            if (delay > TimeSpan.Zero)
            {
                await delays.DelayAsync(delay, reason, cancellationToken);
            }
        }
    }

    /// <summary>How long to wait before the next connection, and the session decisions a close code forces.</summary>
    private (TimeSpan Delay, GatewayDelayReason Reason) NextWait(GatewayConnectionEnd end, GatewayBackoff backoff)
    {
        switch (end.Reason)
        {
            case GatewayEndReason.Reconnect:
                return (TimeSpan.Zero, GatewayDelayReason.Backoff);
            case GatewayEndReason.InvalidSession:
                _session.Clear();
                return (TimeSpan.FromSeconds(1 + (4 * _timing.Random.NextDouble())), GatewayDelayReason.InvalidSession);
            case GatewayEndReason.Closed when end.CloseCode is { } code:
                switch (GatewayCloseCodes.Classify(code))
                {
                    case GatewayCloseKind.Fatal:
                        throw new DiscordGatewayFatalException(GatewayCloseCodes.FatalMessage(code), code);
                    case GatewayCloseKind.NewSession:
                        _session.Clear();
                        break;
                }

                break;
        }

        return (backoff.Next(), GatewayDelayReason.Backoff);
    }

    private static string Describe(GatewayConnectionEnd end) =>
        end.CloseCode is { } code ? $"{end.Reason} {code}" : end.Reason.ToString();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Discord Gateway connection ended ({Why}); reconnecting in {Delay} (resume: {Resume})")]
    private static partial void LogReconnecting(ILogger logger, string why, TimeSpan delay, bool resume);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Discord Gateway's resume address refused {Attempts} connections; starting a new session")]
    private static partial void LogResumeAbandoned(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem}")]
    private static partial void LogFatal(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped the Discord Gateway client")]
    private static partial void LogStopped(ILogger logger);
}

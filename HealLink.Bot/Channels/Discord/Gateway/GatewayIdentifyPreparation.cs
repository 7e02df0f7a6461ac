namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Before each Identify: asks where the Gateway is and whether the daily identify budget (1000) has any left. Going
/// over terminates every session and resets the token, so when none are left we wait until reset_after first.
/// </summary>
internal sealed partial class GatewayIdentifyPreparation(GatewayBotEndpoint endpoint, Uri fallbackUrl, IGatewayDelay delay, ILogger logger)
{
    private Uri _url = fallbackUrl;

    /// <returns>The Gateway URL to identify on: the one Discord gave, or the last known if it could not be asked.</returns>
    public async Task<Uri> PrepareAsync(CancellationToken cancellationToken)
    {
        if (await endpoint.GetAsync(cancellationToken) is not { } info)
        {
            return _url;
        }

        _url = info.Url;
        if (info.IdentifiesRemaining <= 0)
        {
            LogBudgetSpent(logger, info.ResetAfter);
            await delay.DelayAsync(info.ResetAfter, GatewayDelayReason.IdentifyBudget, cancellationToken);
        }

        return _url;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord's daily identify budget is spent; waiting {ResetAfter} before identifying")]
    private static partial void LogBudgetSpent(ILogger logger, TimeSpan resetAfter);
}

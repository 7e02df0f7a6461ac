namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>Log lines several Gateway parts write. They name what was skipped, never what it held.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {What} from the Discord Gateway")]
    public static partial void Skipped(ILogger logger, string what);
}

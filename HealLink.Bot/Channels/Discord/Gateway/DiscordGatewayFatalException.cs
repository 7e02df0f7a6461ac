namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// The Gateway will not work until the operator changes something (bad token, privileged intent not enabled):
/// reconnecting would only burn the identify budget. The message is one line saying what to do; the host turns it
/// into exit code 2.
/// </summary>
public sealed class DiscordGatewayFatalException : Exception
{
    public DiscordGatewayFatalException()
    {
    }

    public DiscordGatewayFatalException(string message)
        : base(message)
    {
    }

    public DiscordGatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordGatewayFatalException(string message, int? closeCode)
        : base(message) => CloseCode = closeCode;

    /// <summary>The Gateway close code, or null when the REST call <c>GET /gateway/bot</c> rejected the token.</summary>
    public int? CloseCode { get; }
}

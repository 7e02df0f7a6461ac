namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Receives the Gateway's dispatches one at a time, in order. Messages from bots and ids already handed over are
/// left out; a MESSAGE_CREATE or INTERACTION_CREATE that cannot be read never arrives. An exception is logged and the
/// next dispatch follows.
/// </summary>
public interface IDiscordGatewayHandler
{
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}

using System.Text.Json;
using HealLink.Bot.Channels.Discord.Gateway.Events;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Takes each dispatch off a connection: tracks its sequence for heartbeats and resumes, starts the session on READY,
/// and queues it for the handler.
/// </summary>
internal sealed partial class GatewayDispatchIntake(GatewayContext context)
{
    /// <returns>True for READY or RESUMED: the connection is working, and the back-off may start again from 1 s.</returns>
    public bool Take(GatewayFrame frame)
    {
        if (frame.Type is not { } type)
        {
            GatewayLog.Skipped(context.Logger, "a dispatch without an event name");
            return false;
        }

        if (frame.Sequence is { } sequence)
        {
            context.Session.Observe(sequence);
        }

        var dispatch = new GatewayDispatch(type, frame.Sequence, frame.Data);
        var connected = false;
        switch (type)
        {
            case GatewayDispatch.Ready when StartSession(frame.Data) is { } identity:
                dispatch = dispatch with { Identity = identity };
                connected = true;
                break;
            case GatewayDispatch.Resumed:
                connected = Resumed(frame.Sequence);
                break;
        }

        context.Dispatcher.Post(dispatch);
        return connected;
    }

    /// <returns>Who the bot is, or null for a READY that could not be read.</returns>
    private DiscordBotIdentity? StartSession(JsonElement data)
    {
        var ready = GatewayEventJson.TryRead(data, GatewayEventJson.Default.DiscordReady);
        if (ready is null || !Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
        {
            // Without a session id nothing can be resumed; the next connection identifies again.
            GatewayLog.Skipped(context.Logger, "a READY that could not be read");
            return null;
        }

        context.Session.Start(ready.SessionId, resumeUrl);
        var identity = new DiscordBotIdentity(ready.User.Id, ready.User.Username, ready.Application.Id);
        context.RememberIdentity(identity);
        context.Status.Healthy("connected to the Discord Gateway");
        LogReady(context.Logger, ready.User.Username, ready.User.Id);
        return identity;
    }

    private bool Resumed(long? sequence)
    {
        context.Status.Healthy("connected to the Discord Gateway (resumed)");
        LogResumed(context.Logger, sequence);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to the Discord Gateway as {BotName} ({BotUserId})")]
    private static partial void LogReady(ILogger logger, string botName, string botUserId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed the Discord Gateway session (s={Sequence})")]
    private static partial void LogResumed(ILogger logger, long? sequence);
}

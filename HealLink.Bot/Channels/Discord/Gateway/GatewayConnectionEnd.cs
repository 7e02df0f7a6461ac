namespace HealLink.Bot.Channels.Discord.Gateway;

internal enum GatewayEndReason
{
    /// <summary>The WebSocket could not be opened.</summary>
    ConnectFailed,

    /// <summary>The connection broke without a close frame.</summary>
    Dropped,

    /// <summary>Discord sent a close frame; see <see cref="GatewayConnectionEnd.CloseCode"/>.</summary>
    Closed,

    /// <summary>Op 7: Discord asked us to reconnect and resume.</summary>
    Reconnect,

    /// <summary>Op 9 with d:false: the session is gone.</summary>
    InvalidSession,

    /// <summary>Op 9 with d:true: resume.</summary>
    InvalidSessionResumable,

    /// <summary>A heartbeat went unacknowledged until the next was due.</summary>
    Zombie,

    /// <summary>We are stopping.</summary>
    Stopping,
}

/// <summary>Why a connection ended, and whether it had got as far as READY or RESUMED (which resets the back-off).</summary>
internal sealed record GatewayConnectionEnd(GatewayEndReason Reason, bool ReachedReady, int? CloseCode = null);

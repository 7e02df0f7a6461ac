namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>Why the client waits before going on; tests record these instead of waiting.</summary>
public enum GatewayDelayReason
{
    /// <summary>Before reconnecting after a failure or drop.</summary>
    Backoff,

    /// <summary>1–5 s after op 9 Invalid Session (d:false), as Discord asks, before identifying again.</summary>
    InvalidSession,

    /// <summary>session_start_limit.remaining was 0: reset_after before identifying.</summary>
    IdentifyBudget,

    /// <summary>The Gateway's 120 events per 60 s send limit.</summary>
    SendLimit,
}

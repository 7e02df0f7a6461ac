namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>What the caller (the outbox) should do about a REST call, sorted the way Telegram's sender sorts its answers.</summary>
public enum DiscordOutcome
{
    Success,

    /// <summary>Rate limited for longer than the client waits by itself; try again after <see cref="DiscordFailure.RetryAfter"/>.</summary>
    RetryAfter,

    /// <summary>5xx, a lost connection, an unreadable answer: worth trying again later.</summary>
    Transient,

    /// <summary>Discord will not let us reach this person (50007 they blocked us or closed DMs, 50278 no mutual guild).</summary>
    Unreachable,

    /// <summary>The request itself is wrong or forbidden (400, 403 50013, 404, a file too big): retrying cannot help.</summary>
    Permanent,
}

using HealLink.Core.Messaging;

namespace HealLink.Core.People;

/// <summary>A person's identity on one platform and the chat where the bot talks to them.</summary>
public sealed class PlatformAccount
{
    public long Id { get; set; }

    public long PersonId { get; set; }

    public Platform Platform { get; set; }

    /// <summary>The platform's user id; unique together with <see cref="Platform"/>.</summary>
    public required string PlatformUserId { get; set; }

    /// <summary>The private chat (or DM channel) the bot uses for this person; platforms can move it.</summary>
    public required string ChatId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the platform told us we can no longer write to them (blocked the bot, account gone).</summary>
    public DateTimeOffset? UnreachableSince { get; set; }

    public string? UnreachableReason { get; set; }
}

using HealLink.Core.Messaging;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Proof that a platform update was handled. Its key (platform, update id) is unique, so a second delivery of
/// the same update fails to insert and is skipped. Holds no message content.
/// </summary>
public sealed class InboundReceipt
{
    public Platform Platform { get; set; }

    public required string UpdateId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

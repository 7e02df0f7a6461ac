using HealLink.Core.Messaging;

namespace HealLink.Core.Pipeline;

/// <summary>Delivers outbound messages on one platform. Implemented by each channel adapter.</summary>
public interface IChannelSender
{
    Platform Platform { get; }

    /// <summary>
    /// Sends one message. Transient trouble is reported as <see cref="DeliveryResult.RetryLater"/>, not thrown;
    /// an exception is treated the same way.
    /// </summary>
    Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken);
}

/// <param name="OutboxId">
/// Stable for every attempt at the same message: channels whose platform can deduplicate (Discord's nonce, the
/// console's memory of what it printed) use it so a retry after an unrecorded success is not shown twice.
/// </param>
public sealed record OutboundDelivery(long OutboxId, OutboundMessage Message, int Attempt);

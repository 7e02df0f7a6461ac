using System.Collections.Concurrent;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>
/// Stands in for a platform: keeps every message it accepted, in delivery order. It outlives the hosts in a test,
/// as a platform outlives our process. <see cref="Answer"/> decides how each attempt goes (delivered by default).
/// </summary>
internal sealed class RecordingSender(Platform platform = Platform.Console) : IChannelSender
{
    private readonly ConcurrentQueue<OutboundDelivery> _delivered = new();
    private readonly ConcurrentQueue<OutboundDelivery> _attempts = new();

    public Platform Platform => platform;

    public Func<OutboundDelivery, DeliveryResult?>? Answer { get; set; }

    public IReadOnlyList<OutboundDelivery> Delivered => [.. _delivered];

    public IReadOnlyList<OutboundDelivery> Attempts => [.. _attempts];

    public IReadOnlyList<OutboundMessage> DeliveredTo(string chatId) =>
        [.. _delivered.Select(d => d.Message).Where(m => m.To.ChatId == chatId)];

    public Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        _attempts.Enqueue(delivery);
        var result = Answer?.Invoke(delivery) ?? new DeliveryResult.Delivered($"m{delivery.OutboxId}");
        if (result is DeliveryResult.Delivered)
        {
            _delivered.Enqueue(delivery);
        }

        return Task.FromResult(result);
    }
}

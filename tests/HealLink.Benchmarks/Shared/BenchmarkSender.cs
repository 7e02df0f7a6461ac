using System.Collections.Concurrent;
using System.Diagnostics;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Benchmarks.Shared;

/// <summary>
/// The platform, reduced to a clock: accepts every message at once, without I/O, and notes when each outbox row
/// was delivered so a waiting person (or a latency measurement) can pick it up.
/// </summary>
internal sealed class BenchmarkSender : IChannelSender
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<Delivery>> _deliveries = new();

    public Platform Platform => Platform.Console;

    public Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var delivered = new Delivery(delivery.OutboxId, delivery.Message, Stopwatch.GetTimestamp());
        Slot(delivery.OutboxId).TrySetResult(delivered);
        return Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered(null));
    }

    /// <summary>The deliveries of these rows, in the given order, once every one of them has been delivered.</summary>
    public async Task<Delivery[]> DeliveredAsync(IReadOnlyList<long> outboxIds, CancellationToken cancellationToken)
    {
        var deliveries = await Task.WhenAll(outboxIds.Select(id => Slot(id).Task.WaitAsync(cancellationToken)));
        foreach (var id in outboxIds)
        {
            // Read once; forgetting it keeps a long run's memory flat.
            _deliveries.TryRemove(id, out _);
        }

        return deliveries;
    }

    // Whoever comes first, the waiter or the delivery, creates the slot. Continuations run off the dispatcher's
    // thread so a person's next message never delays the delivery loop.
    private TaskCompletionSource<Delivery> Slot(long outboxId) =>
        _deliveries.GetOrAdd(outboxId, _ => new TaskCompletionSource<Delivery>(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>One outbox row as the platform received it; <paramref name="Timestamp"/> is a <see cref="Stopwatch"/> reading.</summary>
internal sealed record Delivery(long OutboxId, OutboundMessage Message, long Timestamp);

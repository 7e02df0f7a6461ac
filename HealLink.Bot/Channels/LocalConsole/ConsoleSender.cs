using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>Delivers outbox messages for local people by printing them to the terminal.</summary>
public sealed class ConsoleSender(ConsoleTerminal terminal, ShownMessages shown) : IChannelSender
{
    public Platform Platform => Platform.Console;

    public Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);

        // A typing hint has nothing to show here: replies appear in well under a second.
        if (shown.TryMarkShown(delivery.OutboxId) && delivery.Message.Kind == OutboundKind.Text)
        {
            terminal.Show(delivery.Message);
        }

        return Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered(null));
    }
}

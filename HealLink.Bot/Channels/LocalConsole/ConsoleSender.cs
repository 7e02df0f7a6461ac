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

        // The dispatcher never sends one message twice at once, so check-then-print cannot race with itself.
        // A typing hint has nothing to show here: replies appear in well under a second.
        if (!shown.WasShown(delivery.OutboxId))
        {
            if (delivery.Message.Kind is OutboundKind.Text or OutboundKind.Copy && delivery.Message.Text.Length > 0)
            {
                terminal.Show(delivery.Message);
            }
            else if (delivery.Message.Kind == OutboundKind.Document)
            {
                // The terminal is the person's own: the file's content is shown under its name.
                terminal.Show(delivery.Message with { Text = $"📄 {delivery.Message.FileName}\n{delivery.Message.Text}" });
            }

            shown.MarkShown(delivery.OutboxId);
        }

        return Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered(null));
    }
}

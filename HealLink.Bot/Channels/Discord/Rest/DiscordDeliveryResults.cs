using HealLink.Core.Pipeline;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>Turns a REST answer into what the outbox's dispatcher understands.</summary>
public static class DiscordDeliveryResults
{
    public static DeliveryResult ToDeliveryResult<T>(this DiscordResult<T> result, Func<T, string?> platformMessageId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(platformMessageId);
        if (result.Failure is not { } failure)
        {
            return new DeliveryResult.Delivered(platformMessageId(result.Value!));
        }

        var reason = failure.ToString();
        return failure.Outcome switch
        {
            DiscordOutcome.Unreachable => new DeliveryResult.Undeliverable(reason, RecipientUnreachable: true),
            DiscordOutcome.Permanent => new DeliveryResult.Undeliverable(reason, RecipientUnreachable: false),
            _ => new DeliveryResult.RetryLater(reason, failure.RetryAfter),
        };
    }
}

using HealLink.Core.Pipeline;

namespace HealLink.Bot.Channels.Media;

/// <summary>A file's bytes, or why they could not be had (and whether trying again later may help).</summary>
public abstract record MediaDownload
{
    private MediaDownload()
    {
    }

    public sealed record Fetched(ReadOnlyMemory<byte> Bytes) : MediaDownload
    {
        // Never the bytes, should a result end up in a log line.
        public override string ToString() => $"a file of {Bytes.Length} bytes";
    }

    /// <summary><paramref name="Transient"/>: the platform did not answer or asked us to wait; a gone or too big file is not.</summary>
    public sealed record Failed(string Reason, bool Transient) : MediaDownload
    {
        /// <summary>What the outbox does with the message that was to carry the file.</summary>
        public DeliveryResult ToDeliveryResult() => Transient
            ? new DeliveryResult.RetryLater(Reason)
            : new DeliveryResult.Undeliverable(Reason, RecipientUnreachable: false);
    }

    public static Failed TooBig(long maxBytes) => new($"the file is larger than the {maxBytes} bytes that can be carried", Transient: false);
}

using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Pipeline.Retention;

/// <summary>
/// How long the pipeline's own records are kept once they have done their job. Section: <c>Retention</c>. Delivered
/// messages hold what we said to people (their profile read back to them, among others), so they are kept only as
/// long as someone might need to look into a delivery problem; least data is a privacy feature.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Sent and permanently failed outbox rows; pending ones are never removed.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan DeliveredMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Proof that an update was handled. Platforms redeliver for at most a day (Telegram keeps updates 24 hours), so
    /// a week is a wide margin; a receipt removed sooner could let a late redelivery be handled twice.
    /// </summary>
    [Range(typeof(TimeSpan), "2.00:00:00", "365.00:00:00")]
    public TimeSpan InboundReceipts { get; set; } = TimeSpan.FromDays(7);
}

using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Pipeline;

/// <summary>How the outbox dispatcher paces and retries deliveries. Section: <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Undelivered rows read per pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Attempts before a message is given up on and recorded as failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first transient failure; doubles with each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often to look for rows written by another process (the admin panel) when nothing signalled.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A typing hint older than this is dropped rather than sent late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TypingHintLifetime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a claim on a row keeps other processes from sending it: longer than any one send (a long message's
    /// parts, each waiting its turn under the rate limits). A process that dies mid-send leaves its claim, so its
    /// row is sent again, by whichever process comes next, only this long after the claim was made.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Chats served at once; messages within one chat always go one at a time, in order.</summary>
    [Range(1, 256)]
    public int MaxConcurrentChats { get; set; } = 8;
}

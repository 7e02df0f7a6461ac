using HealLink.Core.Safety;

namespace HealLink.Core.Connections;

/// <summary>
/// Someone told coordinators that something in a conversation was wrong (/report). The conversation's last messages
/// are copied in, so what was reported survives the messages' retention.
/// </summary>
public sealed class Report
{
    public long Id { get; set; }

    public long ConnectionId { get; set; }

    public long ReporterId { get; set; }

    public long ReportedId { get; set; }

    /// <summary>The conversation's last messages, oldest first, one per line with the sender's first name.</summary>
    public required string RecentMessages { get; set; }

    public FlagStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

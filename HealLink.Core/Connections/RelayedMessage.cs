namespace HealLink.Core.Connections;

/// <summary>
/// One message passed between the two people of a connection. Kept for the sender's own export and for reports,
/// and deleted <see cref="ConnectionsOptions.MessageRetention"/> after the connection ends.
/// </summary>
public sealed class RelayedMessage
{
    public long Id { get; set; }

    public long ConnectionId { get; set; }

    public long SenderId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The platform's id of the sender's original, so an edit of it can be passed on too.</summary>
    public string? SourceMessageId { get; set; }
}

namespace HealLink.Core.Connections;

/// <summary>How one of the two people rated a connection after it ended: for coordinators and for improving matching.</summary>
public sealed class ConnectionRating
{
    public long Id { get; set; }

    public long ConnectionId { get; set; }

    public long PersonId { get; set; }

    /// <summary>1 to 5.</summary>
    public int Score { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

namespace HealLink.Core.Connections;

/// <summary>
/// A mentee and a mentor, from the mentee's request on. Its states after <see cref="ConnectionState.Requested"/> are
/// driven by the mentor's answer and by either person ending it.
/// </summary>
public sealed class Connection
{
    public long Id { get; set; }

    public long MenteeId { get; set; }

    public long MentorId { get; set; }

    public ConnectionState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ConnectionState
{
    /// <summary>The mentee chose this mentor; waiting for the mentor to accept.</summary>
    Requested,

    /// <summary>Talking: counts against the mentor's capacity.</summary>
    Active,

    /// <summary>The mentor said no (or did not answer in time); never offered to this mentee again.</summary>
    Declined,

    /// <summary>Either of them ended it.</summary>
    Ended,
}

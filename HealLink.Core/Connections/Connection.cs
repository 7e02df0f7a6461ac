namespace HealLink.Core.Connections;

/// <summary>
/// A mentee and a mentor, from the mentee's request on. Its state only moves along
/// <see cref="ConnectionLifecycle.Transitions"/>; see README.md beside this file for the diagram.
/// </summary>
public sealed class Connection
{
    public long Id { get; set; }

    public long MenteeId { get; set; }

    public long MentorId { get; set; }

    public ConnectionState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the mentor accepted or declined.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Why the mentor declined, if they said: for coordinators, never shown to the mentee.</summary>
    public DeclineReason? DeclineReason { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Who ended it (null when the service did: an expiry, an erasure, a suspension).</summary>
    public long? EndedBy { get; set; }

    public EndReason? EndReason { get; set; }

    /// <summary>When the mentor was reminded of the unanswered request; at most once.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>When the mentee was asked how it is going, a while after the connection opened; at most once.</summary>
    public DateTimeOffset? CheckInSentAt { get; set; }

    public long OtherThan(long personId) => personId == MenteeId ? MentorId : MenteeId;

    public bool Involves(long personId) => personId == MenteeId || personId == MentorId;
}

namespace HealLink.Core.Matching.Waiting;

/// <summary>
/// A mentee who asked for a match when no mentor fitted, and was promised a message when one does. Removed when
/// a later search finds someone; <see cref="NotifiedAt"/> is set once the message is queued, so it is sent once.
/// </summary>
public sealed class MatchWait
{
    public long PersonId { get; set; }

    public DateTimeOffset Since { get; set; }

    public DateTimeOffset? NotifiedAt { get; set; }
}

using HealLink.Core.Connections;

namespace HealLink.Core.Coordination;

/// <summary>
/// A connection as coordinators see it: who, its state, its times and how each side rated it. Never what was said in
/// it — that reaches coordinators only attached to a report.
/// </summary>
/// <param name="AnsweredAt">When the mentor accepted (or declined).</param>
/// <param name="EndedBy">Which of the two ended it; null when the service or a coordinator did.</param>
public sealed record ConnectionRow(
    long Id,
    ConnectionState State,
    PersonName Mentee,
    PersonName Mentor,
    DateTimeOffset RequestedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    EndReason? EndReason,
    long? EndedBy,
    DeclineReason? DeclineReason,
    RatingSummary? MenteeRating,
    RatingSummary? MentorRating);

/// <param name="Name">Their first name; null when they have not given one yet.</param>
public sealed record PersonName(long Id, string? Name);

/// <summary>How one side rated a connection after it ended, and their optional comment (only coordinators read it).</summary>
public sealed record RatingSummary(int Score, string? Comment, DateTimeOffset At);

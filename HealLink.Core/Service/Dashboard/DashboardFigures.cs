using HealLink.Core.People;

namespace HealLink.Core.Service.Dashboard;

/// <summary>The panel's home page: how many people, where mentors wait, how conversations go, what needs a coordinator.</summary>
/// <param name="OldestPendingSince">When the mentor waiting longest for review finished onboarding.</param>
/// <param name="AwaitingAnswer">Requests mentors have not yet accepted or declined.</param>
/// <param name="RequestedThisWeek">Connections mentees asked for in the last 7 days.</param>
/// <param name="AcceptedThisWeek">Connections mentors accepted in the last 7 days.</param>
/// <param name="MedianFirstReply">
/// From a mentor's accepting to their first message, over connections accepted in the last 30 days in which the mentor
/// has written; null when there are none.
/// </param>
public sealed record DashboardFigures(
    IReadOnlyList<PeopleCount> People,
    int PendingVetting,
    DateTimeOffset? OldestPendingSince,
    int ActiveConnections,
    int AwaitingAnswer,
    DateTimeOffset? OldestAwaitingSince,
    int RequestedThisWeek,
    int AcceptedThisWeek,
    TimeSpan? MedianFirstReply,
    int FirstRepliesMeasured,
    double? AverageRating,
    int Ratings,
    int OpenCrisisFlags,
    int NewCrisisFlags,
    int OpenReports);

/// <param name="Role">Null for someone who has not said yet whether they are a mentee or a mentor.</param>
public sealed record PeopleCount(Role? Role, PersonStatus Status, int Count);

/// <summary>Where a person stands, as a coordinator counts them.</summary>
public enum PersonStatus
{
    /// <summary>Has not finished onboarding.</summary>
    Onboarding,

    /// <summary>A mentee who finished onboarding.</summary>
    Active,

    /// <summary>A mentor waiting for a coordinator's review.</summary>
    Pending,

    Approved,

    Rejected,

    /// <summary>Paused by a coordinator, as a person or as a mentor.</summary>
    Suspended,
}

using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Coordination;

/// <summary>
/// Everything coordinators see about one person: their profile (every answer), their platforms (never an id there),
/// their connections and the crisis flags and reports involving them. Never what they wrote in a conversation.
/// </summary>
/// <param name="Profile">Null when they never began onboarding.</param>
/// <param name="Connections">The newest page of their connections.</param>
public sealed record PersonDetail(
    PersonSummary Summary,
    DateTimeOffset? SuspendedAt,
    Profile? Profile,
    IReadOnlyList<AccountSummary> Accounts,
    ResultPage<ConnectionRow> Connections,
    IReadOnlyList<SafetyItem> Cases);

/// <summary>One of their platform accounts, without the platform's user or chat id.</summary>
public sealed record AccountSummary(Platform Platform, DateTimeOffset Since, DateTimeOffset? UnreachableSince, string? UnreachableReason);

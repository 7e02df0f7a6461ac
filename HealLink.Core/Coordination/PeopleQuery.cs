using HealLink.Core.Messaging;
using HealLink.Core.People;

namespace HealLink.Core.Coordination;

/// <summary>A coordinator's search for people; every part is optional.</summary>
/// <param name="Name">Part of a first name, in any case, with or without accents.</param>
public sealed record PeopleQuery(string? Name = null, Role? Role = null, PersonStatus? Status = null, Platform? Platform = null, int Page = 1);

/// <summary>What coordinators look for people by; one person can be in several (an approved mentor we cannot reach).</summary>
public enum PersonStatus
{
    /// <summary>Has not finished onboarding.</summary>
    Onboarding,

    /// <summary>A mentor who finished onboarding and waits for review.</summary>
    PendingMentor,

    ApprovedMentor,

    RejectedMentor,

    /// <summary>A mentor whose profile a coordinator paused (no new mentees).</summary>
    SuspendedMentor,

    /// <summary>A person a coordinator suspended: they can neither send nor be matched.</summary>
    Suspended,

    /// <summary>Every platform told us the bot can no longer write to them.</summary>
    Unreachable,
}

using HealLink.Core.People;

namespace HealLink.Core.Vetting;

/// <summary>How a decision went.</summary>
public abstract record VettingOutcome
{
    private VettingOutcome()
    {
    }

    /// <summary>Recorded; the mentor is told in their chat (when we can reach them).</summary>
    public sealed record Done(VettingStatus Status, bool MentorTold) : VettingOutcome;

    /// <summary>No finished mentor profile has this id.</summary>
    public sealed record NotFound : VettingOutcome;

    /// <summary>The decision does not apply to a mentor in this state (approving an approved one, say).</summary>
    public sealed record NotAllowed(VettingStatus? Current) : VettingOutcome;

    /// <summary>A rejection or suspension needs a reason: the mentor is told it.</summary>
    public sealed record ReasonRequired : VettingOutcome;
}

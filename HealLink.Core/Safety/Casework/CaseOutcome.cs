namespace HealLink.Core.Safety.Casework;

/// <summary>How a coordinator's action on a crisis flag or report went.</summary>
public abstract record CaseOutcome
{
    private CaseOutcome()
    {
    }

    /// <summary>Done and audited; <paramref name="PeopleTold"/> is how many people a message was queued for.</summary>
    public sealed record Done(int PeopleTold) : CaseOutcome;

    /// <summary>No crisis flag or report has this number.</summary>
    public sealed record NotFound : CaseOutcome;

    /// <summary>A message, reason or note is needed and none was written.</summary>
    public sealed record TextRequired : CaseOutcome;

    /// <summary>The action does not apply here; <paramref name="Why"/> says so in a coordinator's words.</summary>
    public sealed record NotAllowed(string Why) : CaseOutcome;
}

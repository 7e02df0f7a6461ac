namespace HealLink.Core.Vetting;

/// <summary>What a coordinator can decide about a mentor.</summary>
public enum VettingDecision
{
    Approve,
    Reject,
    Suspend,
    Reinstate,
}

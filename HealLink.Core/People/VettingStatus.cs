namespace HealLink.Core.People;

/// <summary>Where a mentor is in review by a coordinator.</summary>
public enum VettingStatus
{
    Pending,
    Approved,
    Rejected,
    Suspended,
}

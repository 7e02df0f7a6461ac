namespace HealLink.Core.Connections;

/// <summary>A mentor's one-tap reason for declining, kept for coordinators and matching; the mentee never sees it.</summary>
public enum DeclineReason
{
    NotAFit,
    NoTime,
    Other,
}

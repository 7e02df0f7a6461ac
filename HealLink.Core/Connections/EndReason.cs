namespace HealLink.Core.Connections;

public enum EndReason
{
    /// <summary>One of them chose /end.</summary>
    Finished,

    /// <summary>One of them blocked the other: the pair is never matched again.</summary>
    Blocked,

    /// <summary>A coordinator suspended one of them.</summary>
    Suspended,

    /// <summary>A coordinator ended it, after a report or a crisis flag (their reason is in the audit log).</summary>
    Coordinator,
}

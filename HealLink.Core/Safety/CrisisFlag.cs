namespace HealLink.Core.Safety;

/// <summary>
/// Words that suggested someone may be in crisis, kept for coordinators to follow up (the admin panel lists them,
/// newest first). Removed with the person on /delete.
/// </summary>
public sealed class CrisisFlag
{
    public long Id { get; set; }

    public long PersonId { get; set; }

    /// <summary>The conversation it was written in, if any.</summary>
    public long? ConnectionId { get; set; }

    public CrisisSource Source { get; set; }

    /// <summary>What they wrote, shortened; coordinators need it to judge the risk.</summary>
    public required string Excerpt { get; set; }

    public FlagStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Where crisis words were written.</summary>
public enum CrisisSource
{
    /// <summary>As an answer to an onboarding or /edit question (never kept as the answer).</summary>
    Answer,

    /// <summary>In the person's intro, which is kept.</summary>
    Intro,

    /// <summary>In a relayed conversation.</summary>
    Conversation,

    /// <summary>Anywhere else: a message to the bot itself.</summary>
    Chat,
}

/// <summary>Where coordinators are with a flag or a report.</summary>
public enum FlagStatus
{
    New,
    InReview,
    Resolved,
}

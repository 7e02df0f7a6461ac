namespace HealLink.Core.Safety.Casework;

/// <summary>
/// A coordinator's note on a crisis flag or a report: what they learned, what they did, what should happen next. On
/// exactly one of the two; removed with it (and so with the person, on /delete), since a note may describe them.
/// </summary>
public sealed class SafetyNote
{
    public const int MaxTextLength = 2000;

    public long Id { get; set; }

    public long? CrisisFlagId { get; set; }

    public long? ReportId { get; set; }

    /// <summary>Who wrote it: an admin account's email, as the audit log names them.</summary>
    public required string Author { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

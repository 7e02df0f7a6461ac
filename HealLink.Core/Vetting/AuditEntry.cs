namespace HealLink.Core.Vetting;

/// <summary>
/// One action a coordinator took, kept for accountability: who, what, about whom, why, when. Append-only: nothing in
/// HealLink updates or deletes these rows. The subject is a person id, not a foreign key, so the record of a
/// decision outlives the person's erasure without holding anything they wrote.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }

    /// <summary>Who acted: an admin account's email, or "cli:{user}" for the command line.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public long? SubjectPersonId { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>A coordinator's reason as kept (and as the person reads it): trimmed, shortened, or null when blank.</summary>
    public static string? NoteFrom(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : Onboarding.FreeText.Shorten(reason.Trim(), MaxReasonLength);
}

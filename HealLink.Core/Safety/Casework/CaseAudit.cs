using System.Globalization;
using HealLink.Core.Onboarding;
using HealLink.Core.Storage;
using HealLink.Core.Vetting;

namespace HealLink.Core.Safety.Casework;

/// <summary>
/// How actions on a crisis flag or report are written to the audit log, and read back as the case's trail. The log has
/// no column for the case, so the reason starts with its number ("#12", or "#12: the coordinator's words") and the
/// action with its kind ("crisis.contact", "report.warn").
/// </summary>
internal static class CaseAudit
{
    /// <summary>The longest text that still fits the audit reason whole after the case's number.</summary>
    public const int MaxTextLength = AuditEntry.MaxReasonLength - 24;

    public static AuditEntry Entry(SafetyCaseRef @case, string verb, long? subjectPersonId, string? text, string actor, DateTimeOffset now) => new()
    {
        Actor = actor,
        Action = @case.Action(verb),
        SubjectPersonId = subjectPersonId,
        Reason = text is null ? Tag(@case) : FreeText.Shorten($"{Tag(@case)}: {text}", AuditEntry.MaxReasonLength),
        At = now,
    };

    /// <summary>Every audited action on the case, oldest first.</summary>
    public static IQueryable<AuditEntry> Trail(HealLinkDbContext db, SafetyCaseRef @case)
    {
        var kind = @case.Noun + ".";
        var tag = Tag(@case);
        var tagged = tag + ":";
        return db.AuditEntries
            .Where(a => a.Action.StartsWith(kind) && (a.Reason == tag || a.Reason!.StartsWith(tagged)))
            .OrderBy(a => a.Id);
    }

    private static string Tag(SafetyCaseRef @case) => string.Create(CultureInfo.InvariantCulture, $"#{@case.Id}");
}

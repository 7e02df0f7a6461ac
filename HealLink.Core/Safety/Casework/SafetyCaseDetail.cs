using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using HealLink.Core.Vetting;

namespace HealLink.Core.Safety.Casework;

/// <summary>One crisis flag or report as a coordinator works on it.</summary>
/// <param name="Subject">The writer of the crisis words, or the person reported.</param>
/// <param name="Reporter">Who reported; null for a crisis flag.</param>
/// <param name="Source">Where crisis words were written; null for a report.</param>
/// <param name="Words">The crisis words, or the reported conversation's last messages, one per line, oldest first.</param>
/// <param name="Connection">The conversation it arose in, if any (its metadata, not its messages).</param>
/// <param name="Notes">Coordinators' notes, oldest first.</param>
/// <param name="Trail">Every audited action on it, oldest first.</param>
public sealed record SafetyCaseDetail(
    SafetyCaseRef Case,
    FlagStatus Status,
    DateTimeOffset At,
    PersonSummary Subject,
    PersonSummary? Reporter,
    CrisisSource? Source,
    string Words,
    ConnectionRow? Connection,
    IReadOnlyList<SafetyNote> Notes,
    IReadOnlyList<AuditEntry> Trail)
{
    public bool CanWarn => Case.Kind == SafetyKind.Report;

    public bool CanSuspend => !Subject.Suspended;

    public bool CanEndConnection => Connection?.State == ConnectionState.Active;
}

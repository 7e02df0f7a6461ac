using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Safety.Casework;

/// <summary>Who and what a crisis flag or report is about: all an action on it needs to know.</summary>
/// <param name="SubjectId">The writer of the crisis words, or the person reported.</param>
/// <param name="ReporterId">Who reported; null for a crisis flag.</param>
/// <param name="ConnectionId">The conversation it arose in, if any.</param>
/// <param name="Source">Where crisis words were written; null for a report.</param>
/// <param name="Words">The crisis words, or the reported conversation's last messages.</param>
internal sealed record SafetyCaseFacts(
    SafetyCaseRef Case, long SubjectId, long? ReporterId, long? ConnectionId, FlagStatus Status, DateTimeOffset At, CrisisSource? Source, string Words)
{
    public static async Task<SafetyCaseFacts?> LoadAsync(HealLinkDbContext db, SafetyCaseRef @case, CancellationToken cancellationToken)
    {
        if (@case.Kind == SafetyKind.Crisis)
        {
            var flag = await db.CrisisFlags.AsNoTracking().SingleOrDefaultAsync(f => f.Id == @case.Id, cancellationToken);
            return flag is null ? null : new(@case, flag.PersonId, null, flag.ConnectionId, flag.Status, flag.CreatedAt, flag.Source, flag.Excerpt);
        }

        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == @case.Id, cancellationToken);
        return report is null ? null : new(@case, report.ReportedId, report.ReporterId, report.ConnectionId, report.Status, report.CreatedAt, null, report.RecentMessages);
    }
}

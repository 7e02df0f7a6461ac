using HealLink.Core.Coordination;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Safety.Casework;

/// <summary>Reads one crisis flag or report with its people, conversation, notes and audit trail.</summary>
public sealed class SafetyCaseReader(IDbContextFactory<HealLinkDbContext> contexts)
{
    /// <returns>Null when there is no such flag or report.</returns>
    public async Task<SafetyCaseDetail?> DetailAsync(SafetyCaseRef @case, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SafetyCaseFacts.LoadAsync(db, @case, cancellationToken) is not { } facts)
        {
            return null;
        }

        long[] people = facts.ReporterId is { } reporter ? [facts.SubjectId, reporter] : [facts.SubjectId];
        var summaries = await PersonSummary.LoadAsync(db, people, cancellationToken);
        var connection = facts.ConnectionId is { } id
            ? (await ConnectionDirectory.RowsAsync(db, await db.Connections.AsNoTracking().Where(c => c.Id == id).ToListAsync(cancellationToken), cancellationToken)).SingleOrDefault()
            : null;
        var notes = await db.SafetyNotes.AsNoTracking()
            .Where(n => @case.Kind == SafetyKind.Crisis ? n.CrisisFlagId == @case.Id : n.ReportId == @case.Id)
            .OrderBy(n => n.Id)
            .ToListAsync(cancellationToken);
        var trail = await CaseAudit.Trail(db, @case).AsNoTracking().ToListAsync(cancellationToken);
        return new SafetyCaseDetail(
            @case,
            facts.Status,
            facts.At,
            summaries[facts.SubjectId],
            facts.ReporterId is { } by ? summaries[by] : null,
            facts.Source,
            facts.Words,
            connection,
            notes,
            trail);
    }
}

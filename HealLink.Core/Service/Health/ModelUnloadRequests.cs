using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Service.Health;

/// <summary>
/// An admin's "Unload the model now" for one bot process: marked on the process's status row, which the process reads
/// with its next report (see <see cref="ProcessStatusWriter.ReportAsync"/>), and audited in the same transaction.
/// </summary>
public sealed class ModelUnloadRequests(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    public const string UnloadNowAction = "models.unload-now";

    /// <returns>False when no such process is reporting (it stopped, or the page was old), so nothing was asked.</returns>
    public async Task<bool> RequestAsync(string processId, string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(processId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.ProcessStatuses
            .Where(p => p.Id == processId && p.StoppedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ModelUnloadRequestedAt, now), cancellationToken);
        if (marked == 0)
        {
            return false;
        }

        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = UnloadNowAction, Reason = AuditEntry.NoteFrom(reason), At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

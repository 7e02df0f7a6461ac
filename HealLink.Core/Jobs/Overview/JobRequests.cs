using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Jobs.Overview;

/// <summary>
/// A coordinator asks for a job to run now, through <see cref="IJobTrigger"/>, and the audit log records who asked and
/// why. The one-shot is stored first and the entry after: a failure between the two leaves a run nobody is named for,
/// never an entry for a run that was not asked for.
/// </summary>
public sealed class JobRequests(IJobTrigger trigger, IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    public const string ReEmbedNowAction = "jobs.re-embed-now";

    public async Task ReEmbedNowAsync(string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await trigger.ReEmbedNowAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = ReEmbedNowAction, Reason = AuditEntry.NoteFrom(reason), At = timeProvider.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }
}

using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Safety;

/// <summary>
/// What coordinators must look at: crisis flags and reports not yet resolved, newest first, and picking one up or
/// resolving it (audited). The admin panel's pages will show the same; today its command line does.
/// </summary>
public sealed class SafetyWatch(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<SafetyItem>> OpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = db.Profiles.AsNoTracking();
        var flags = await (
                from flag in db.CrisisFlags.AsNoTracking()
                where flag.Status != FlagStatus.Resolved
                join profile in names on flag.PersonId equals profile.PersonId into found
                from profile in found.DefaultIfEmpty()
                select new SafetyItem(SafetyKind.Crisis, flag.Id, flag.CreatedAt, flag.Status, profile == null ? null : profile.DisplayName, flag.PersonId, flag.Source.ToString(), flag.Excerpt))
            .ToListAsync(cancellationToken);
        var reports = await (
                from report in db.Reports.AsNoTracking()
                where report.Status != FlagStatus.Resolved
                join profile in names on report.ReportedId equals profile.PersonId into found
                from profile in found.DefaultIfEmpty()
                select new SafetyItem(SafetyKind.Report, report.Id, report.CreatedAt, report.Status, profile == null ? null : profile.DisplayName, report.ReportedId, "reported", report.RecentMessages))
            .ToListAsync(cancellationToken);

        // Crisis flags first (someone may be in danger), each kind newest first.
        return [.. flags.OrderByDescending(f => f.At), .. reports.OrderByDescending(r => r.At)];
    }

    /// <returns>False when there is no such flag or report.</returns>
    public async Task<bool> SetStatusAsync(SafetyKind kind, long id, FlagStatus status, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = kind == SafetyKind.Crisis
            ? await db.CrisisFlags.Where(f => f.Id == id).ExecuteUpdateAsync(set => set.SetProperty(f => f.Status, status), cancellationToken)
            : await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = $"{kind.ToString().ToLowerInvariant()}.{status.ToString().ToLowerInvariant()}", Reason = $"#{id}", At = timeProvider.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

public enum SafetyKind
{
    Crisis,
    Report,
}

/// <param name="Subject">The first name of the person it is about (the writer of crisis words, or the one reported).</param>
/// <param name="Where">Where crisis words were written, or "reported".</param>
/// <param name="Words">The crisis words, or the reported conversation's last messages.</param>
public sealed record SafetyItem(SafetyKind Kind, long Id, DateTimeOffset At, FlagStatus Status, string? Subject, long SubjectPersonId, string Where, string Words);

using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using HealLink.Core.Safety.Casework;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Safety;

/// <summary>
/// The queue coordinators work through: crisis flags first (someone may be in danger), then reports, each newest first;
/// how many crisis flags nobody has picked up yet; and moving one along (audited against it).
/// </summary>
public sealed class SafetyWatch(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    private static readonly FlagStatus[] _open = [FlagStatus.New, FlagStatus.InReview];

    /// <summary>Every crisis flag and report not yet resolved.</summary>
    public async Task<IReadOnlyList<SafetyItem>> OpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return [.. await ItemsAsync(db, Flags(db, _open), cancellationToken), .. await ItemsAsync(db, Reports(db, _open), cancellationToken)];
    }

    /// <param name="status">Null for the open ones: new and in review.</param>
    public async Task<ResultPage<SafetyItem>> ListAsync(FlagStatus? status, int page, CancellationToken cancellationToken)
    {
        FlagStatus[] statuses = status is { } one ? [one] : _open;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var flags = Flags(db, statuses);
        var reports = Reports(db, statuses);
        var flagCount = await flags.CountAsync(cancellationToken);
        var total = flagCount + await reports.CountAsync(cancellationToken);

        // One list across both: the page takes what it can from the flags, then fills up with reports.
        var skip = Paging.Skip(page);
        var fromFlags = await ItemsAsync(db, flags.Skip(skip).Take(Paging.Size), cancellationToken);
        var fromReports = fromFlags.Count == Paging.Size
            ? []
            : await ItemsAsync(db, reports.Skip(Math.Max(0, skip - flagCount)).Take(Paging.Size - fromFlags.Count), cancellationToken);
        return new([.. fromFlags, .. fromReports], Paging.Clamp(page), total);
    }

    /// <summary>Crisis flags nobody has picked up: every page of the panel shows them until someone does.</summary>
    public async Task<int> NewCrisisCountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CrisisFlags.CountAsync(f => f.Status == FlagStatus.New, cancellationToken);
    }

    /// <summary>Every crisis flag and report about a person, or made by them, in the queue's order.</summary>
    public async Task<IReadOnlyList<SafetyItem>> InvolvingAsync(long personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var flags = db.CrisisFlags.Where(f => f.PersonId == personId).OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id);
        var reports = db.Reports.Where(r => r.ReportedId == personId || r.ReporterId == personId).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
        return [.. await ItemsAsync(db, flags, cancellationToken), .. await ItemsAsync(db, reports, cancellationToken)];
    }

    /// <returns>False when there is no such flag or report.</returns>
    public async Task<bool> SetStatusAsync(SafetyKind kind, long id, FlagStatus status, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var @case = new SafetyCaseRef(kind, id);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SafetyCaseFacts.LoadAsync(db, @case, cancellationToken) is not { } facts)
        {
            return false;
        }

        if (facts.Status == status)
        {
            // Two coordinators pressing Pick up at once: the second changes nothing and records nothing.
            return true;
        }

        _ = kind == SafetyKind.Crisis
            ? await db.CrisisFlags.Where(f => f.Id == id).ExecuteUpdateAsync(set => set.SetProperty(f => f.Status, status), cancellationToken)
            : await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status), cancellationToken);
        db.AuditEntries.Add(CaseAudit.Entry(@case, status.ToString().ToLowerInvariant(), facts.SubjectId, null, actor, timeProvider.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static IOrderedQueryable<CrisisFlag> Flags(HealLinkDbContext db, FlagStatus[] statuses) =>
        db.CrisisFlags.Where(f => statuses.Contains(f.Status)).OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id);

    private static IOrderedQueryable<Report> Reports(HealLinkDbContext db, FlagStatus[] statuses) =>
        db.Reports.Where(r => statuses.Contains(r.Status)).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);

    // Each query keeps its order (newest first) through the projection; the name is the profile's, when there is one.
    private static Task<List<SafetyItem>> ItemsAsync(HealLinkDbContext db, IQueryable<CrisisFlag> flags, CancellationToken cancellationToken) =>
        flags.AsNoTracking()
            .Select(f => new SafetyItem(SafetyKind.Crisis, f.Id, f.CreatedAt, f.Status, db.Profiles.Where(p => p.PersonId == f.PersonId).Select(p => p.DisplayName).FirstOrDefault(), f.PersonId, f.Source.ToString(), f.Excerpt))
            .ToListAsync(cancellationToken);

    private static Task<List<SafetyItem>> ItemsAsync(HealLinkDbContext db, IQueryable<Report> reports, CancellationToken cancellationToken) =>
        reports.AsNoTracking()
            .Select(r => new SafetyItem(SafetyKind.Report, r.Id, r.CreatedAt, r.Status, db.Profiles.Where(p => p.PersonId == r.ReportedId).Select(p => p.DisplayName).FirstOrDefault(), r.ReportedId, "reported", r.RecentMessages))
            .ToListAsync(cancellationToken);
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

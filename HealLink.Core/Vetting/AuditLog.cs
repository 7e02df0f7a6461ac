using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Vetting;

/// <summary>
/// Reads the audit log for the panel: newest first, a page at a time, by actor and by action. Nothing here (nor
/// anywhere in HealLink) changes or removes an entry; entries are written by the services whose actions they record.
/// </summary>
public sealed class AuditLog(IDbContextFactory<HealLinkDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            entries = entries.Where(e => e.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            // "mentor" finds every "mentor.…" action; "mentor.approve" finds that one.
            var action = query.Action.Trim();
            var family = action + ".";
            entries = entries.Where(e => e.Action == action || e.Action.StartsWith(family));
        }

        if (query.Before is { } before)
        {
            entries = entries.Where(e => e.Id < before);
        }

        // Ids grow with every entry, so they order the log as it was written and page without skipping or repeating.
        var page = await entries.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(cancellationToken);
        var more = page.Count > size;
        return new AuditPage([.. page.Take(size)], more ? page[size - 1].Id : null);
    }

    /// <summary>Who has acted and which actions there are, for the log's filters.</summary>
    public async Task<AuditFilters> FiltersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actors = await db.AuditEntries.Select(e => e.Actor).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var actions = await db.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        return new AuditFilters(actors, actions);
    }
}

/// <param name="Before">Only entries older than this id: the <see cref="AuditPage.NextBefore"/> of the page before.</param>
public sealed record AuditQuery(string? Actor = null, string? Action = null, long? Before = null, int PageSize = 50);

/// <param name="NextBefore">What to ask for the next (older) page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextBefore);

public sealed record AuditFilters(IReadOnlyList<string> Actors, IReadOnlyList<string> Actions);

using HealLink.Core.Safety;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Coordination;

/// <summary>Finding people for coordinators, newest first, and everything about one of them.</summary>
public sealed class PeopleDirectory(IDbContextFactory<HealLinkDbContext> contexts, ConnectionDirectory connections, SafetyWatch safety)
{
    public async Task<ResultPage<PersonSummary>> SearchAsync(PeopleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await PeopleFilters.Apply(db.People.AsNoTracking(), query)
            .OrderByDescending(p => p.Id)
            .Select(p => new { p.Id, Name = p.Profile == null ? null : p.Profile.DisplayName })
            .ToListAsync(cancellationToken);
        var found = candidates.Where(c => NameMatch.Contains(c.Name, query.Name)).Select(c => c.Id).ToList();
        var page = found.Skip(Paging.Skip(query.Page)).Take(Paging.Size).ToList();
        var summaries = await PersonSummary.LoadAsync(db, page, cancellationToken);
        return new([.. page.Select(id => summaries[id])], Paging.Clamp(query.Page), found.Count);
    }

    /// <returns>Null when there is no such person.</returns>
    public async Task<PersonDetail?> DetailAsync(long personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking()
            .Include(p => p.Profile)
            .Include(p => p.Accounts)
            .SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var summary = (await PersonSummary.LoadAsync(db, [personId], cancellationToken))[personId];
        var accounts = person.Accounts
            .OrderBy(a => a.Id)
            .Select(a => new AccountSummary(a.Platform, a.CreatedAt, a.UnreachableSince, a.UnreachableReason))
            .ToList();
        return new PersonDetail(
            summary,
            person.SuspendedAt,
            person.Profile,
            accounts,
            await connections.ListAsync(new ConnectionQuery(PersonId: personId), cancellationToken),
            await safety.InvolvingAsync(personId, cancellationToken));
    }
}

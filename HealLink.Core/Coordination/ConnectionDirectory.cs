using HealLink.Core.Connections;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Coordination;

/// <summary>Connections for coordinators, newest first, with both names, times and ratings.</summary>
public sealed class ConnectionDirectory(IDbContextFactory<HealLinkDbContext> contexts)
{
    public async Task<ResultPage<ConnectionRow>> ListAsync(ConnectionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connections = db.Connections.AsNoTracking();
        if (query.State is { } state)
        {
            connections = connections.Where(c => c.State == state);
        }

        if (query.PersonId is { } personId)
        {
            connections = connections.Where(c => c.MenteeId == personId || c.MentorId == personId);
        }

        var total = await connections.CountAsync(cancellationToken);
        var page = await connections
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip(Paging.Skip(query.Page)).Take(Paging.Size)
            .ToListAsync(cancellationToken);
        return new(await RowsAsync(db, page, cancellationToken), Paging.Clamp(query.Page), total);
    }

    internal static async Task<List<ConnectionRow>> RowsAsync(HealLinkDbContext db, List<Connection> connections, CancellationToken cancellationToken)
    {
        var ids = connections.Select(c => c.Id).ToList();
        var people = connections.SelectMany(c => new[] { c.MenteeId, c.MentorId }).Distinct().ToList();
        var names = await db.Profiles.AsNoTracking()
            .Where(p => people.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, p => p.DisplayName, cancellationToken);
        var ratings = (await db.ConnectionRatings.AsNoTracking()
                .Where(r => ids.Contains(r.ConnectionId))
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ConnectionId, r.PersonId), r => new RatingSummary(r.Score, r.Comment, r.CreatedAt));
        return [.. connections.Select(c => new ConnectionRow(
            c.Id,
            c.State,
            new PersonName(c.MenteeId, names.GetValueOrDefault(c.MenteeId)),
            new PersonName(c.MentorId, names.GetValueOrDefault(c.MentorId)),
            c.CreatedAt,
            c.AnsweredAt,
            c.EndedAt,
            c.EndReason,
            c.EndedBy,
            c.DeclineReason,
            ratings.GetValueOrDefault((c.Id, c.MenteeId)),
            ratings.GetValueOrDefault((c.Id, c.MentorId))))];
    }
}

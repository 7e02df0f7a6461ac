using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Safety;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Service.Dashboard;

/// <summary>
/// Counts the dashboard's figures straight from the tables the bot writes: nothing is kept just for the dashboard.
/// "This week" is the last 7 days, not a calendar week, so the figure means the same in every time zone.
/// </summary>
public sealed class DashboardReader(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    internal static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>Long enough to measure more than a handful of replies; short enough that relayed messages are still kept.</summary>
    internal static readonly TimeSpan FirstReplyWindow = TimeSpan.FromDays(30);

    public async Task<DashboardFigures> ReadAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var weekAgo = now - Week;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var pending = db.Profiles.Where(p => p.Role == Role.Mentor && p.CompletedAt != null
            && (p.VettingStatus == null || p.VettingStatus == VettingStatus.Pending));
        var awaiting = db.Connections.Where(c => c.State == ConnectionState.Requested);
        var accepted = db.Connections.Where(c => c.AnsweredAt != null && (c.State == ConnectionState.Active || c.State == ConnectionState.Ended));
        var openFlags = db.CrisisFlags.Where(f => f.Status != FlagStatus.Resolved);
        var (median, measured) = await MedianFirstReplyAsync(db, accepted.Where(c => c.AnsweredAt >= now - FirstReplyWindow), cancellationToken);
        var ratings = await db.ConnectionRatings.CountAsync(cancellationToken);

        return new DashboardFigures(
            await PeopleAsync(db, cancellationToken),
            await pending.CountAsync(cancellationToken),
            await pending.MinAsync(p => p.CompletedAt, cancellationToken),
            await db.Connections.CountAsync(c => c.State == ConnectionState.Active, cancellationToken),
            await awaiting.CountAsync(cancellationToken),
            await awaiting.MinAsync(c => (DateTimeOffset?)c.CreatedAt, cancellationToken),
            await db.Connections.CountAsync(c => c.CreatedAt >= weekAgo, cancellationToken),
            await accepted.CountAsync(c => c.AnsweredAt >= weekAgo, cancellationToken),
            median,
            measured,
            ratings == 0 ? null : await db.ConnectionRatings.AverageAsync(r => (double)r.Score, cancellationToken),
            ratings,
            await openFlags.CountAsync(cancellationToken),
            await openFlags.CountAsync(f => f.Status == FlagStatus.New, cancellationToken),
            await db.Reports.CountAsync(r => r.Status != FlagStatus.Resolved, cancellationToken));
    }

    private static async Task<IReadOnlyList<PeopleCount>> PeopleAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        var groups = await (
                from person in db.People
                join profile in db.Profiles on person.Id equals profile.PersonId into found
                from profile in found.DefaultIfEmpty()
                group person by new
                {
                    Role = profile == null ? null : profile.Role,
                    Finished = profile != null && profile.CompletedAt != null,
                    Vetting = profile == null ? null : profile.VettingStatus,
                    Suspended = person.SuspendedAt != null,
                } into g
                select new { g.Key.Role, g.Key.Finished, g.Key.Vetting, g.Key.Suspended, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Several stored combinations make one status (a suspended person, whatever else they are), so they are summed.
        return [.. groups
            .GroupBy(g => (g.Role, Status: StatusOf(g.Role, g.Finished, g.Vetting, g.Suspended)))
            .Select(g => new PeopleCount(g.Key.Role, g.Key.Status, g.Sum(x => x.Count)))
            .OrderBy(c => c.Role is null ? int.MaxValue : (int)c.Role)
            .ThenBy(c => c.Status)];
    }

    private static PersonStatus StatusOf(Role? role, bool finished, VettingStatus? vetting, bool suspended) => (role, finished, vetting) switch
    {
        _ when suspended || vetting == VettingStatus.Suspended => PersonStatus.Suspended,
        (_, false, _) or (null, _, _) => PersonStatus.Onboarding,
        (Role.Mentee, _, _) => PersonStatus.Active,
        (_, _, VettingStatus.Approved) => PersonStatus.Approved,
        (_, _, VettingStatus.Rejected) => PersonStatus.Rejected,
        _ => PersonStatus.Pending,
    };

    /// <summary>The median, over accepted connections in which the mentor has written, of accept-to-first-message.</summary>
    private static async Task<(TimeSpan? Median, int Count)> MedianFirstReplyAsync(
        HealLinkDbContext db, IQueryable<Connection> accepted, CancellationToken cancellationToken)
    {
        var pairs = await accepted
            .Select(c => new
            {
                Accepted = c.AnsweredAt,
                FirstReply = db.RelayedMessages
                    .Where(m => m.ConnectionId == c.Id && m.SenderId == c.MentorId)
                    .Min(m => (DateTimeOffset?)m.SentAt),
            })
            .Where(p => p.FirstReply != null)
            .ToListAsync(cancellationToken);
        var waits = pairs
            .Select(p => p.FirstReply!.Value - p.Accepted!.Value)
            .Select(wait => wait < TimeSpan.Zero ? TimeSpan.Zero : wait)
            .Order()
            .ToList();
        return (Median(waits), waits.Count);
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}

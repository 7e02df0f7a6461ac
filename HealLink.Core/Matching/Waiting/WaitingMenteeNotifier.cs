using HealLink.Core.Connections;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Matching.Waiting;

/// <summary>
/// Keeps the promise made when no mentor fitted: once an approved mentor passes a waiting mentee's hard filters
/// and has a place free for them, the mentee gets one message, with a button that shows their matches. Run by a job.
/// A mentor's free places are shared out in the order mentees began waiting (<see cref="PlaceAllotment"/>), so a
/// mentor with one place is not announced to ten people.
/// </summary>
/// <remarks>
/// Everyone waiting is read and judged first, a few queries in all, outside any transaction; only the verdicts are
/// written, in one short transaction, so the bot's own writes never queue behind the reading (SQLite has one
/// writer). A wait that changed in between (the mentee searched again) is left for the next run.
/// </remarks>
public sealed partial class WaitingMenteeNotifier(
    IDbContextFactory<HealLinkDbContext> dbContextFactory,
    OutboxSignal outboxSignal,
    TimeProvider timeProvider,
    ILogger<WaitingMenteeNotifier> logger)
{
    // Bounds one run's work; the rest wait for the next run.
    private const int MaxPerRun = 500;


    /// <summary>Queues the messages owed now; returns how many.</summary>
    public async Task<int> NotifyAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = await db.MatchWaits.AsNoTracking()
            .Where(w => w.NotifiedAt == null)
            .OrderBy(w => w.Since)
            .Take(MaxPerRun)
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var promisedSince = now - WaitingList.PromiseHeld;
        var promised = await db.MatchWaits.AsNoTracking()
            .Where(w => w.NotifiedAt != null && w.NotifiedAt > promisedSince)
            .OrderBy(w => w.NotifiedAt)
            .Take(MaxPerRun)
            .ToListAsync(cancellationToken);
        var (settled, owed) = await JudgeAsync(db, waiting, promised, cancellationToken);
        if (settled.Count == 0 && owed.Count == 0)
        {
            return 0;
        }

        var notified = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MatchWaits
            .Where(w => settled.Contains(w.PersonId) && w.NotifiedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        foreach (var (wait, message) in owed)
        {
            var claimed = await db.MatchWaits
                .Where(w => w.PersonId == wait.PersonId && w.NotifiedAt == null && w.Since == wait.Since)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.NotifiedAt, now), cancellationToken);
            if (claimed == 1)
            {
                db.OutboxMessages.Add(OutboxMapping.ToRow(message, now));
                notified++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (notified > 0)
        {
            outboxSignal.Notify();
            LogNotified(logger, notified);
        }

        return notified;
    }

    /// <summary>
    /// Who no longer waits (not a mentee looking for someone any more: nothing is owed), and who is owed a message now:
    /// an approved mentor passes their hard filters, we can reach them, and a free place is left for them once those
    /// told before them (still holding a promise) and those ahead in line have theirs. The rest keep waiting: nobody
    /// fits yet, the places are spoken for, or we cannot reach them today and will when they come back.
    /// </summary>
    private static async Task<(List<long> Settled, List<(MatchWait Wait, OutboundMessage Message)> Owed)> JudgeAsync(
        HealLinkDbContext db, List<MatchWait> waiting, List<MatchWait> promised, CancellationToken cancellationToken)
    {
        var ids = waiting.Concat(promised).Select(w => w.PersonId).ToList();
        var profiles = await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.PersonId) && p.Role == Role.Mentee)
            .ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var asking = await MentorPool.WithOpenRequestAsync(db, ids, cancellationToken);
        var settled = waiting.Select(w => w.PersonId).Where(id => !profiles.ContainsKey(id) || asking.Contains(id)).ToList();

        var looking = profiles.Values.Where(p => !asking.Contains(p.PersonId)).ToList();
        var mentees = await MentorPool.MenteesAsync(db, looking, cancellationToken);
        var mentors = await MentorPool.ApprovedMentorsAsync(db, cancellationToken);
        var fitting = mentees.Values.ToDictionary(
            mentee => mentee.PersonId,
            mentee => (IReadOnlyCollection<long>)[.. mentors.Where(mentor => HardFilters.Check(mentee, mentor) is null).Select(mentor => mentor.PersonId)]);
        var candidates = waiting.Select(w => w.PersonId).Where(id => fitting.GetValueOrDefault(id)?.Count > 0).ToList();
        var chats = await PersonChats.ChatsOfAsync(db, candidates, cancellationToken);

        var line = promised.Select(w => w.PersonId).Where(fitting.ContainsKey)
            .Concat(candidates.Where(chats.ContainsKey))
            .Select(id => (id, fitting[id]));
        var freePlaces = mentors.ToDictionary(m => m.PersonId, m => m.Profile.Capacity - m.ActiveMentees);
        var placed = PlaceAllotment.Allot(line, freePlaces);

        List<(MatchWait, OutboundMessage)> owed =
        [
            .. waiting
                .Where(w => placed.Contains(w.PersonId))
                .Select(w => (w, OutboundMessage.From(chats[w.PersonId].Address, chats[w.PersonId].Copy.Waiting.MentorJoined(profiles[w.PersonId].DisplayName)))),
        ];
        return (settled, owed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Told {Count} waiting mentees that a mentor who fits them has joined")]
    private static partial void LogNotified(ILogger logger, int count);
}

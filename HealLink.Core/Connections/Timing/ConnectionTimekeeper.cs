using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// What happens to connections with time alone, run often by a shared job: unanswered requests expire
/// (<see cref="ExpiringRequests"/>), their mentors are reminded once before that (<see cref="RequestReminders"/>),
/// and a while into a conversation the mentee is asked how it is going (<see cref="CheckIns"/>).
/// </summary>
/// <remarks>
/// Everything owed is read first, outside any transaction; then the claims and their messages are written in one
/// short transaction, so the bot's own writes never queue behind the reading (SQLite has one writer). Each claim is
/// a conditional update, so a connection is acted on once even when two processes run this at the same moment; one
/// that changed in between (the mentor answered) is left alone. Cheap when nothing is due: three indexed queries.
/// </remarks>
public sealed partial class ConnectionTimekeeper(
    IDbContextFactory<HealLinkDbContext> dbContextFactory,
    IOptions<ConnectionsOptions> options,
    IQuietHours quietHours,
    OutboxSignal outboxSignal,
    TimeProvider timeProvider,
    ILogger<ConnectionTimekeeper> logger)
{
    // Bounds one run's work of each kind; the rest wait for the next run, a minute later.
    private const int MaxPerRun = 200;

    /// <summary>Acts on every connection whose time has come; returns what it did.</summary>
    public async Task<TimingCounts> RunAsync(CancellationToken cancellationToken) =>
        await WriteAsync(await DueAsync(cancellationToken), cancellationToken);

    /// <summary>What is owed now, with the messages it sends, read without writing anything.</summary>
    internal async Task<IReadOnlyList<TimedAction>> DueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var expiring = await ExpiringRequests.Due(db, settings, now).Take(MaxPerRun).ToListAsync(cancellationToken);
        var unreminded = await RequestReminders.Due(db, settings, now).Take(MaxPerRun).ToListAsync(cancellationToken);
        var checkIns = await CheckIns.Due(db, settings, now).Take(MaxPerRun).ToListAsync(cancellationToken);
        if (expiring.Count + unreminded.Count + checkIns.Count == 0)
        {
            return [];
        }

        List<long> personIds = [.. expiring.Concat(unreminded).Concat(checkIns).SelectMany(c => new[] { c.MenteeId, c.MentorId }).Distinct()];
        var people = await TimingPeople.LoadAsync(db, personIds, cancellationToken);
        IEnumerable<TimedAction?> owed =
        [
            .. expiring.Select(c => ExpiringRequests.Act(c, people, settings.RequestExpiry, now)),
            .. unreminded.Select(c => RequestReminders.Act(c, people, quietHours, settings, now)),
            .. checkIns.Select(c => CheckIns.Act(c, people, quietHours, now)),
        ];
        return [.. owed.OfType<TimedAction>()];
    }

    /// <summary>Claims each action and queues the messages of those claimed, in one transaction.</summary>
    internal async Task<TimingCounts> WriteAsync(IReadOnlyList<TimedAction> actions, CancellationToken cancellationToken)
    {
        if (actions.Count == 0)
        {
            return TimingCounts.None;
        }

        var now = timeProvider.GetUtcNow();
        List<TimedAction> done = [];
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var action in actions)
        {
            if (await action.ClaimAsync(db, cancellationToken) == 1)
            {
                db.OutboxMessages.AddRange(action.Messages.Select(m => OutboxMapping.ToRow(m, now)));
                done.Add(action);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var counts = TimingCounts.Of(done);
        if (counts.Total > 0)
        {
            outboxSignal.Notify();
            LogActed(logger, counts.Expired, counts.Reminded, counts.CheckedIn);
        }

        return counts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connections: {Expired} requests expired, {Reminded} mentors reminded, {CheckedIn} mentees checked in with")]
    private static partial void LogActed(ILogger logger, int expired, int reminded, int checkedIn);
}

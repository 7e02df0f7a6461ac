using HealLink.Core.Matching.Flow;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Matching.Waiting;

/// <summary>
/// Keeps the promise made when no mentor fitted: once an approved mentor passes a waiting mentee's hard filters,
/// the mentee gets one message, with a button that shows their matches. Run by a job, in one transaction.
/// </summary>
public sealed partial class WaitingMenteeNotifier(
    IDbContextFactory<HealLinkDbContext> dbContextFactory,
    OutboxSignal outboxSignal,
    TimeProvider timeProvider,
    ILogger<WaitingMenteeNotifier> logger)
{
    // Bounds one transaction (SQLite's single writer); the rest wait for the next run.
    private const int MaxPerRun = 500;

    /// <summary>Queues the messages owed now; returns how many.</summary>
    public async Task<int> NotifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var waiting = await db.MatchWaits
            .Where(w => w.NotifiedAt == null)
            .OrderBy(w => w.Since)
            .Take(MaxPerRun)
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var mentors = await MentorPool.ApprovedMentorsAsync(db, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var notified = 0;
        foreach (var wait in waiting)
        {
            var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == wait.PersonId, cancellationToken);
            if (profile is not { Role: Role.Mentee } || await MentorPool.HasOpenRequestAsync(db, wait.PersonId, cancellationToken))
            {
                // No longer a mentee looking for someone: nothing is owed.
                db.MatchWaits.Remove(wait);
                continue;
            }

            var mentee = await MentorPool.MenteeAsync(db, wait.PersonId, profile, cancellationToken);
            if (!mentors.Any(mentor => HardFilters.Check(mentee, mentor) is null))
            {
                continue;
            }

            // Still owed to someone we cannot reach today: kept, so it goes out if they come back.
            var account = await db.PlatformAccounts.AsNoTracking()
                .Where(a => a.PersonId == wait.PersonId && a.UnreachableSince == null)
                .OrderBy(a => a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (account is null)
            {
                continue;
            }

            var reply = WaitingCopy.MentorJoined(profile.DisplayName);
            db.OutboxMessages.Add(OutboxMapping.ToRow(OutboundMessage.From(new ChatAddress(account.Platform, account.ChatId), reply), now));
            wait.NotifiedAt = now;
            notified++;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Told {Count} waiting mentees that a mentor who fits them has joined")]
    private static partial void LogNotified(ILogger logger, int count);
}

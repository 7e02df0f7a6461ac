using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Claims on outbox rows, so that several processes on one database never send the same row twice: a row is sent
/// only by the dispatcher whose claim on it is running. A claim ends when the send is recorded, or lapses after
/// its lease, which is how a process that died mid-send has its row taken over.
/// </summary>
internal sealed class OutboxClaims(IDbContextFactory<HealLinkDbContext> dbContextFactory, TimeSpan lease, TimeProvider timeProvider)
{
    /// <summary>Who claims rows: this dispatcher, unlike any other in this or another process.</summary>
    private readonly string _claimant = Guid.NewGuid().ToString("N");

    /// <summary>When the row may next be sent: when it is due, or when another dispatcher's claim lapses.</summary>
    public static DateTimeOffset DueAt(OutboxMessage row) =>
        row.ClaimedUntil is { } claimedUntil && claimedUntil > row.NextAttemptAt ? claimedUntil : row.NextAttemptAt;

    /// <summary>
    /// Takes the row for this dispatcher, in one conditional update: only while it is still as it was read
    /// (undelivered, due, in the same chat, after as many attempts) and no one else's claim is running.
    /// </summary>
    public async Task<bool> TryClaimAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var claimedUntil = now + lease;
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == row.Id
                && m.SentAt == null
                && m.FailedAt == null
                && m.ChatId == row.ChatId
                && m.Attempts == row.Attempts
                && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.ClaimedBy, _claimant).SetProperty(m => m.ClaimedUntil, claimedUntil),
                cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        row.ClaimedBy = _claimant;
        row.ClaimedUntil = claimedUntil;
        return true;
    }
}

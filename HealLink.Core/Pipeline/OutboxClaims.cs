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
        var claimed = db.Database.IsNpgsql()
            ? await ClaimSkippingLockedAsync(db, row, now, claimedUntil, cancellationToken)
            : await ClaimAsync(db, row, now, claimedUntil, cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        row.ClaimedBy = _claimant;
        row.ClaimedUntil = claimedUntil;
        return true;
    }

    private Task<int> ClaimAsync(
        HealLinkDbContext db, OutboxMessage row, DateTimeOffset now, DateTimeOffset claimedUntil, CancellationToken cancellationToken) =>
        db.OutboxMessages
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

    /// <summary>
    /// The same claim on PostgreSQL, where instances claim side by side: a row another instance is claiming this
    /// moment is skipped (FOR UPDATE SKIP LOCKED) instead of waited for; it is that instance's to send.
    /// </summary>
    private async Task<int> ClaimSkippingLockedAsync(
        HealLinkDbContext db, OutboxMessage row, DateTimeOffset now, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var untilMs = claimedUntil.ToUnixTimeMilliseconds();
        return await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE outbox_messages SET claimed_by = {_claimant}, claimed_until = {untilMs}
            WHERE id = (
                SELECT id FROM outbox_messages
                WHERE id = {row.Id} AND sent_at IS NULL AND failed_at IS NULL AND chat_id = {row.ChatId}
                  AND attempts = {row.Attempts} AND next_attempt_at <= {nowMs}
                  AND (claimed_until IS NULL OR claimed_until <= {nowMs})
                FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken);
    }
}

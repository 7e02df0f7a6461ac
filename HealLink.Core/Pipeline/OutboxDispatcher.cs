using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.Service.Logging;
using HealLink.Core.Service.Metrics;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Delivers committed outbox rows through their channels. Messages to one chat go strictly in order, one at a
/// time: a message waiting for a retry holds back the ones after it, so nobody reads an answer before its
/// question. Each row is claimed before it is sent, so that several processes on one database never send it twice,
/// and marked the moment its send returns, which keeps the window in which a crash could repeat a message as small
/// as the platform allows.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IDbContextFactory<HealLinkDbContext> _dbContextFactory;
    private readonly Dictionary<Platform, IChannelSender> _senders;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly OutboxClaims _claims;
    private readonly SentJournal _journal;
    private readonly HealLinkMetrics _metrics;

    public OutboxDispatcher(
        IDbContextFactory<HealLinkDbContext> dbContextFactory,
        IEnumerable<IChannelSender> senders,
        IOptions<OutboxOptions> options,
        SentJournal journal,
        HealLinkMetrics metrics,
        TimeProvider timeProvider,
        ILogger<OutboxDispatcher> logger)
    {
        _metrics = metrics;
        _journal = journal;
        _dbContextFactory = dbContextFactory;
        _senders = senders.ToDictionary(s => s.Platform);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _claims = new OutboxClaims(dbContextFactory, _options.ClaimLease, timeProvider);
    }

    /// <summary>
    /// Sends everything that is due, pass after pass, until nothing due is left.
    /// </summary>
    /// <returns>When the earliest message still waiting becomes due, or null when nothing waits.</returns>
    public async Task<DateTimeOffset?> DispatchDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (due, nextDueAt) = await FindDueAsync(cancellationToken);
            if (due.Count == 0)
            {
                return nextDueAt;
            }

            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentChats, CancellationToken = cancellationToken },
                async (row, token) =>
                {
                    using var correlation = _logger.BeginOutbox(row.Id);

                    // A claim still on the row as read is one that lapsed: its dispatcher died or stalled mid-send.
                    var takenOver = row.ClaimedBy is not null;

                    // Another process may have taken the row since it was read; then it is that one's to send.
                    if (await _claims.TryClaimAsync(row, token))
                    {
                        await DeliverAsync(row, takenOver, token);
                    }
                });
        }
    }

    /// <summary>
    /// The first undelivered row of each chat, if it is due and no other process is sending it; and when the next
    /// one not yet due (or its claim) is.
    /// </summary>
    private async Task<(List<OutboxMessage> Due, DateTimeOffset? NextDueAt)> FindDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await _dbContextFactory.CreateDbContextAsync(cancellationToken);
        var pending = await Pending(db, _options.BatchSize).ToListAsync(cancellationToken);

        var now = _timeProvider.GetUtcNow();
        var heads = pending.GroupBy(m => (m.Platform, m.ChatId, m.ThreadId)).Select(chat => chat.First()).ToList();
        var due = heads.Where(m => OutboxClaims.DueAt(m) <= now).ToList();
        var nextDueAt = heads.Select(OutboxClaims.DueAt).Where(at => at > now).Select(at => (DateTimeOffset?)at).Min();
        return (due, nextDueAt);
    }

    /// <summary>Undelivered rows in the order they were written; served by the partial index on id.</summary>
    internal static IQueryable<OutboxMessage> Pending(HealLinkDbContext db, int batchSize) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null)
            .OrderBy(m => m.Id)
            .Take(batchSize);

    private async Task DeliverAsync(OutboxMessage row, bool takenOver, CancellationToken cancellationToken)
    {
        DeliveryResult result;
        if (takenOver && _journal.Holds(row.Id))
        {
            // Sent by a dispatcher that died before recording it: recorded now, not sent a second time.
            _logger.LogInformation("Outbox message {OutboxId} on {Platform} was sent before a crash; recorded, not resent", row.Id, row.Platform);
            result = new DeliveryResult.Delivered(null);
        }
        else
        {
            result = await SendAsync(row, cancellationToken);
            Count(row.Platform, result);
            if (result is DeliveryResult.Delivered)
            {
                _journal.Record(row.Id);
            }
        }

        // What the platform did is recorded even during shutdown: a send that happened but went unrecorded
        // would be repeated after the restart.
        var recordToken = CancellationToken.None;
        await using var db = await _dbContextFactory.CreateDbContextAsync(recordToken);

        // The row is this dispatcher's by its claim, and its chat sends one row at a time: nothing else writes it now.
        db.WriteKey = $"chat:{row.Platform}:{row.ChatId}";
        await using var transaction = await db.Database.BeginTransactionAsync(recordToken);
        db.OutboxMessages.Attach(row);
        row.ClaimedBy = null;
        row.ClaimedUntil = null;
        var now = _timeProvider.GetUtcNow();
        switch (result)
        {
            case DeliveryResult.Delivered delivered:
                row.SentAt = now;
                row.PlatformMessageId = delivered.PlatformMessageId;
                row.Attempts++;
                await ConversationThreads.RecordOpenedAsync(db, row, now, recordToken);
                break;

            case DeliveryResult.RetryLater retry:
                ScheduleRetry(row, retry, now);
                break;

            case DeliveryResult.Undeliverable undeliverable:
                await GiveUpOnChatAsync(db, row, undeliverable, now, recordToken);
                await UncarriedFileNotice.QueueAsync(db, row, now, recordToken);
                break;

            case DeliveryResult.ChatMoved moved:
                await MoveChatAsync(db, row, moved.NewChatId, recordToken);
                break;
        }

        if (row.EraseOnDelivery && (row.SentAt is not null || row.FailedAt is not null))
        {
            db.OutboxMessages.Remove(row);
        }

        await db.SaveChangesAsync(recordToken);
        await transaction.CommitAsync(recordToken);
    }

    private async Task<DeliveryResult> SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        if (row.Kind == OutboundKind.Typing && _timeProvider.GetUtcNow() - row.CreatedAt > _options.TypingHintLifetime)
        {
            return new DeliveryResult.Undeliverable("typing hint expired", RecipientUnreachable: false);
        }

        if (!_senders.TryGetValue(row.Platform, out var sender))
        {
            // Possible after a configuration change (a platform's token removed); keep the row for when it returns.
            return new DeliveryResult.RetryLater($"no {row.Platform} channel is running");
        }

        try
        {
            var message = await ConversationThreads.AddressAsync(_dbContextFactory, OutboxMapping.ToMessage(row), cancellationToken);
            return await sender.SendAsync(new OutboundDelivery(row.Id, message, row.Attempts + 1), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(exception, "Sending outbox message {OutboxId} on {Platform} failed", row.Id, row.Platform);
            return new DeliveryResult.RetryLater(exception.GetType().Name);
        }
    }

    private void Count(Platform platform, DeliveryResult result)
    {
        switch (result)
        {
            case DeliveryResult.Delivered:
                _metrics.Sent(platform);
                break;
            case DeliveryResult.RetryLater:
                _metrics.SendFailed(platform, SendFailureKind.Retry);
                break;
            case DeliveryResult.Undeliverable { RecipientUnreachable: true }:
                _metrics.SendFailed(platform, SendFailureKind.Unreachable);
                break;
            case DeliveryResult.Undeliverable:
                _metrics.SendFailed(platform, SendFailureKind.Permanent);
                break;
        }
    }

    private void ScheduleRetry(OutboxMessage row, DeliveryResult.RetryLater retry, DateTimeOffset now)
    {
        row.Attempts++;
        if (row.Kind == OutboundKind.Typing)
        {
            // A typing hint is only worth something right now.
            Fail(row, $"typing hint not retried: {retry.Reason}", now);
            return;
        }

        if (row.Attempts >= _options.MaxAttempts)
        {
            Fail(row, $"gave up after {row.Attempts} attempts: {retry.Reason}", now);
            _logger.LogError("Outbox message {OutboxId} on {Platform} failed for good after {Attempts} attempts", row.Id, row.Platform, row.Attempts);
            return;
        }

        var backoff = RetryDelay(row.Attempts);
        var wait = retry.RetryAfter is { } platformWait && platformWait > backoff ? platformWait : backoff;
        row.NextAttemptAt = now + wait;
        _logger.LogInformation(
            "Outbox message {OutboxId} on {Platform} will be retried in {Delay} ({Reason})",
            row.Id,
            row.Platform,
            wait,
            retry.Reason);
    }

    /// <summary>Exponential: the first retry waits <see cref="OutboxOptions.FirstRetryDelay"/>, each next one twice as long.</summary>
    internal TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = _options.FirstRetryDelay * factor;
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    /// <summary>
    /// The platform will not take this message. When the person is unreachable (blocked the bot), the rest of
    /// their queue would fail the same way, so it is closed too and their account marked.
    /// </summary>
    private async Task GiveUpOnChatAsync(
        HealLinkDbContext db,
        OutboxMessage row,
        DeliveryResult.Undeliverable undeliverable,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        row.Attempts++;
        Fail(row, undeliverable.Reason, now);
        if (!undeliverable.RecipientUnreachable)
        {
            return;
        }

        _logger.LogWarning("Chat on {Platform} is unreachable ({Reason}); its queued messages are dropped", row.Platform, undeliverable.Reason);
        var reason = Truncate(undeliverable.Reason, 200);
        await db.OutboxMessages
            .Where(m => m.Platform == row.Platform && m.ChatId == row.ChatId && m.Id != row.Id && m.SentAt == null && m.FailedAt == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.FailedAt, now).SetProperty(m => m.FailureReason, reason),
                cancellationToken);
        await db.PlatformAccounts
            .Where(a => a.Platform == row.Platform && a.ChatId == row.ChatId)
            .ExecuteUpdateAsync(
                set => set.SetProperty(a => a.UnreachableSince, now).SetProperty(a => a.UnreachableReason, reason),
                cancellationToken);
    }

    private async Task MoveChatAsync(HealLinkDbContext db, OutboxMessage row, string newChatId, CancellationToken cancellationToken)
    {
        var oldChatId = row.ChatId;
        await db.OutboxMessages
            .Where(m => m.Platform == row.Platform && m.ChatId == oldChatId && m.Id != row.Id && m.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ChatId, newChatId), cancellationToken);
        await db.PlatformAccounts
            .Where(a => a.Platform == row.Platform && a.ChatId == oldChatId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ChatId, newChatId), cancellationToken);
        row.ChatId = newChatId;
        _logger.LogInformation("Chat on {Platform} moved to a new id; outbox message {OutboxId} follows it", row.Platform, row.Id);
    }

    private static void Fail(OutboxMessage row, string reason, DateTimeOffset now)
    {
        row.FailedAt = now;
        row.FailureReason = Truncate(reason, 200);
    }

    private static string Truncate(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}

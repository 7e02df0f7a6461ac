using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Pipeline.Retention;

/// <summary>
/// Removes delivered outbox rows and inbound receipts past <see cref="RetentionOptions"/>, a batch per transaction,
/// so the bot's own writes never wait long behind it on SQLite's single writer.
/// </summary>
public sealed partial class PipelinePruner(
    IDbContextFactory<HealLinkDbContext> dbContextFactory,
    IOptions<RetentionOptions> options,
    SentJournal journal,
    TimeProvider timeProvider,
    ILogger<PipelinePruner> logger)
{
    internal const int BatchSize = 1_000;

    public async Task<PrunedCounts> PruneAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var messagesBefore = now - options.Value.DeliveredMessages;
        var receiptsBefore = now - options.Value.InboundReceipts;

        // Old rows have the lowest ids, so walking by id finds a batch without reading the rest of the table.
        var messages = await BatchedDelete.RunAsync(dbContextFactory, BatchSize, db => db.OutboxMessages
            .Where(m => m.CreatedAt < messagesBefore && (m.SentAt != null || m.FailedAt != null))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);
        var receipts = await BatchedDelete.RunAsync(dbContextFactory, BatchSize, db => db.InboundReceipts
            .Where(r => r.ReceivedAt < receiptsBefore)
            .OrderBy(r => r.ReceivedAt)
            .Take(BatchSize)
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);

        if (messages + receipts > 0)
        {
            LogPruned(logger, messages, receipts);
        }

        // The notes of sends matter only for rows not yet recorded as sent; every other is forgotten.
        await using (var db = await dbContextFactory.CreateDbContextAsync(cancellationToken))
        {
            var unrecorded = await db.OutboxMessages.Where(m => m.SentAt == null && m.FailedAt == null).Select(m => m.Id).ToListAsync(cancellationToken);
            journal.KeepOnly(unrecorded.ToHashSet());
        }

        return new PrunedCounts(messages, receipts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Messages} delivered messages and {Receipts} inbound receipts past retention")]
    private static partial void LogPruned(ILogger logger, int messages, int receipts);
}

public sealed record PrunedCounts(int DeliveredMessages, int InboundReceipts);

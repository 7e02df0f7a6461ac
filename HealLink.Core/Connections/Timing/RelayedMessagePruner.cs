using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// Deletes what people wrote to each other once their conversation has been over for
/// <see cref="ConnectionsOptions.MessageRetention"/>: kept that long for their own export and for reports, no longer.
/// An open conversation's messages are never deleted, however old. Run nightly with the other pruning.
/// </summary>
public sealed partial class RelayedMessagePruner(
    IDbContextFactory<HealLinkDbContext> dbContextFactory,
    IOptions<ConnectionsOptions> options,
    TimeProvider timeProvider,
    ILogger<RelayedMessagePruner> logger)
{
    internal const int BatchSize = 1_000;

    private static readonly ConnectionState[] _open = [.. ConnectionLifecycle.Open];

    /// <summary>Deletes the messages past retention; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var endedBefore = timeProvider.GetUtcNow() - options.Value.MessageRetention;

        // Every state but the open ones is an end. A decline records no end time, only its answer (which is then the
        // last change); it never had messages, but the rule holds for any state the table may gain.
        var deleted = await BatchedDelete.RunAsync(dbContextFactory, BatchSize, db => db.RelayedMessages
            .Where(m => db.Connections.Any(c =>
                c.Id == m.ConnectionId && !_open.Contains(c.State) && (c.EndedAt ?? c.UpdatedAt) < endedBefore))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);
        if (deleted > 0)
        {
            LogPruned(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} relayed messages of conversations ended past retention")]
    private static partial void LogPruned(ILogger logger, int count);
}

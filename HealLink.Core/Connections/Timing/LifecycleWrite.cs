using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// Writes a move that <see cref="ConnectionLifecycle.TryApply"/> made on a connection read outside any transaction,
/// only if the row is still in the state it was read in: of two processes moving the same connection, one changes
/// it and the other changes nothing. Every field the lifecycle owns is written, so the table stays the only place
/// that decides them.
/// </summary>
internal static class LifecycleWrite
{
    public static Task<int> IfStillAsync(HealLinkDbContext db, Connection moved, ConnectionState readIn, CancellationToken cancellationToken) =>
        db.Connections
            .Where(c => c.Id == moved.Id && c.State == readIn)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(c => c.State, moved.State)
                    .SetProperty(c => c.UpdatedAt, moved.UpdatedAt)
                    .SetProperty(c => c.AnsweredAt, moved.AnsweredAt)
                    .SetProperty(c => c.EndedAt, moved.EndedAt),
                cancellationToken);
}

using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Pipeline;

/// <summary>Remembers which platform updates were handled, so a redelivered one is handled once.</summary>
internal static class InboundDedupe
{
    /// <summary>
    /// Records the update's receipt inside the caller's transaction; false when it was recorded before. The insert
    /// does not throw on a duplicate (ON CONFLICT DO NOTHING, on SQLite and PostgreSQL alike), so the transaction
    /// stays usable either way.
    /// </summary>
    public static async Task<bool> TryRecordAsync(
        HealLinkDbContext db,
        InboundMessage message,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var platform = message.Chat.Platform.ToString();
        var updateId = message.UpdateId;
        var receivedAt = now.ToUnixTimeMilliseconds();
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbound_receipts (platform, update_id, received_at) VALUES ({platform}, {updateId}, {receivedAt}) ON CONFLICT DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }
}

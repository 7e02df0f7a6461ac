using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections;

/// <summary>
/// A file carried across platforms that the recipient's channel could not deliver after all (too big for that
/// platform, or gone from where it was sent): the sender learns it did not arrive, rather than believing it did.
/// Decided when the copy fails, since only the sending side knows the platform's limits.
/// </summary>
internal static class UncarriedFileNotice
{
    /// <summary>Queues the note to the sender, in the same transaction that records the failure; nothing for other rows.</summary>
    public static async Task QueueAsync(HealLinkDbContext db, OutboxMessage failed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (failed.Kind != OutboundKind.Copy || failed.FileRef is null || failed.AboutPersonId is not { } senderId
            || await PersonChats.ChatOfAsync(db, senderId, cancellationToken) is not { } senderChat)
        {
            return;
        }

        var recipientId = await db.PlatformAccounts.AsNoTracking()
            .Where(a => a.Platform == failed.Platform && a.ChatId == failed.ChatId)
            .Select(a => (long?)a.PersonId)
            .FirstOrDefaultAsync(cancellationToken);
        var recipient = recipientId is null ? null : await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == recipientId, cancellationToken);
        var note = OutboundMessage.From(senderChat.Address, new Reply(senderChat.Copy.Connections.MediaNotCarried(PersonFacts.Name(recipient), failed.FileKind ?? "file")))
            with { ConnectionId = failed.ConnectionId };
        db.OutboxMessages.Add(OutboxMapping.ToRow(note, now));
    }
}

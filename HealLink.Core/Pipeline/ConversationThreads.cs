using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Where a conversation's messages go in each person's chat. A thread is opened by an outbox row of its own, sent in
/// order before the conversation's first message; the platform's id for it is recorded when it is delivered, and
/// each later message of the conversation is addressed to it as it is sent. A platform without threads opens none,
/// and the messages go to the chat itself.
/// </summary>
internal static class ConversationThreads
{
    /// <summary>The message, addressed to its conversation's thread in that chat when there is one.</summary>
    public static async Task<OutboundMessage> AddressAsync(
        IDbContextFactory<HealLinkDbContext> contexts, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.ConnectionId is not { } connectionId || message.To.ThreadId is not null || message.Kind == OutboundKind.OpenThread)
        {
            return message;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var threadId = await db.ConversationThreads.AsNoTracking()
            .Where(t => t.ConnectionId == connectionId && t.Platform == message.To.Platform && t.ChatId == message.To.ChatId)
            .Select(t => t.ThreadId)
            .FirstOrDefaultAsync(cancellationToken);
        return threadId is null ? message : message with { To = message.To with { ThreadId = threadId } };
    }

    /// <summary>After an <see cref="OutboundKind.OpenThread"/> row was delivered: remembers the thread the platform made.</summary>
    public static async Task RecordOpenedAsync(HealLinkDbContext db, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (row.Kind != OutboundKind.OpenThread || row.ConnectionId is not { } connectionId || row.PlatformMessageId is not { } threadId)
        {
            return;
        }

        var known = await db.ConversationThreads.AnyAsync(
            t => t.ConnectionId == connectionId && t.Platform == row.Platform && t.ChatId == row.ChatId, cancellationToken);

        // The connection may be gone (erased) between sending and recording; then there is nothing to remember.
        if (!known && await db.Connections.AnyAsync(c => c.Id == connectionId, cancellationToken))
        {
            db.ConversationThreads.Add(new ConversationThread
            {
                ConnectionId = connectionId,
                Platform = row.Platform,
                ChatId = row.ChatId,
                ThreadId = threadId,
                CreatedAt = now,
            });
        }
    }
}

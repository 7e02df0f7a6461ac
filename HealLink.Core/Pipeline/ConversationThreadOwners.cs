using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Whose conversation a platform thread holds, for a platform whose threads live outside the person's chat (Discord's
/// private threads in a server channel): a message there belongs to the pipeline only when its writer is the person
/// the thread was opened for. Anyone else in the server (a moderator reading along) is not a HealLink person there.
/// </summary>
public sealed class ConversationThreadOwners(IDbContextFactory<HealLinkDbContext> contexts)
{
    /// <summary>The writer's own chat, when the thread is one of their conversations' threads; else null.</summary>
    public async Task<string?> ChatOfAsync(Platform platform, string platformUserId, string threadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from account in db.PlatformAccounts
                where account.Platform == platform && account.PlatformUserId == platformUserId
                join thread in db.ConversationThreads on new { account.Platform, account.ChatId } equals new { thread.Platform, thread.ChatId }
                where thread.ThreadId == threadId
                select account.ChatId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}

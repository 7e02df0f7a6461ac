using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections;

/// <summary>Where the bot writes to a person: their first platform account not known to be unreachable.</summary>
internal static class PersonChats
{
    public static async Task<ChatAddress?> ChatOfAsync(HealLinkDbContext db, long personId, CancellationToken cancellationToken)
    {
        var account = await db.PlatformAccounts.AsNoTracking()
            .Where(a => a.PersonId == personId && a.UnreachableSince == null)
            .OrderBy(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return account is null ? null : new ChatAddress(account.Platform, account.ChatId);
    }

    /// <summary>The same for many people in one query; someone we cannot reach now is missing from the answer.</summary>
    public static async Task<Dictionary<long, ChatAddress>> ChatsOfAsync(
        HealLinkDbContext db, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken) =>
        (await db.PlatformAccounts.AsNoTracking()
            .Where(a => personIds.Contains(a.PersonId) && a.UnreachableSince == null)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken))
        .GroupBy(a => a.PersonId)
        .ToDictionary(g => g.Key, g => new ChatAddress(g.First().Platform, g.First().ChatId));
}

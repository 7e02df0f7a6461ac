using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections;

/// <summary>
/// Where the bot writes to a person (their first platform account not known to be unreachable), and in which
/// language: what one person's action tells another is written in the reader's language, not the writer's.
/// </summary>
internal static class PersonChats
{
    public static async Task<PersonChat?> ChatOfAsync(HealLinkDbContext db, long personId, CancellationToken cancellationToken) =>
        (await ChatsOfAsync(db, [personId], cancellationToken)).GetValueOrDefault(personId);

    /// <summary>The same for many people in one query; someone we cannot reach now is missing from the answer.</summary>
    public static async Task<Dictionary<long, PersonChat>> ChatsOfAsync(
        HealLinkDbContext db, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken) =>
        (await (
                from account in db.PlatformAccounts.AsNoTracking()
                join person in db.People on account.PersonId equals person.Id
                where personIds.Contains(account.PersonId) && account.UnreachableSince == null
                orderby account.Id
                select new { account.PersonId, account.Platform, account.ChatId, person.Language })
            .ToListAsync(cancellationToken))
        .GroupBy(a => a.PersonId)
        .ToDictionary(g => g.Key, g => new PersonChat(new ChatAddress(g.First().Platform, g.First().ChatId), CopyTable.For(g.First().Language)));
}

/// <summary>A person's chat and what the bot says there, in their language.</summary>
internal sealed record PersonChat(ChatAddress Address, CopyTable Copy);

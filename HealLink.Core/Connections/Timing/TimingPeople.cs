using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections.Timing;

/// <summary>The people of the connections one run acts on: their profiles and where to write to them, read in two queries.</summary>
internal sealed class TimingPeople(IReadOnlyDictionary<long, Profile> profiles, IReadOnlyDictionary<long, PersonChat> chats)
{
    public static async Task<TimingPeople> LoadAsync(HealLinkDbContext db, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        var profiles = await db.Profiles.AsNoTracking()
            .Where(p => personIds.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, cancellationToken);
        return new TimingPeople(profiles, await PersonChats.ChatsOfAsync(db, personIds, cancellationToken));
    }

    public PersonChat? ChatOf(long personId) => chats.GetValueOrDefault(personId);

    public string NameOf(long personId) => PersonFacts.Name(ProfileOf(personId));

    /// <summary>
    /// Where to send this person something that can wait, or null when it must: it is night for them, or we cannot
    /// reach them now (if they come back in time, they get it then).
    /// </summary>
    public PersonChat? ChatNowFor(long personId, IQuietHours quietHours, DateTimeOffset now) =>
        ProfileOf(personId) is { } profile && quietHours.AllowsNow(profile, now) ? ChatOf(personId) : null;

    private Profile? ProfileOf(long personId) => profiles.GetValueOrDefault(personId);
}

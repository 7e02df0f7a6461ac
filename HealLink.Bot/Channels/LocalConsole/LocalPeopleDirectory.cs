using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>Describes the local people for /who: who they are in the chat so far, read from the database.</summary>
public sealed class LocalPeopleDirectory(IDbContextFactory<HealLinkDbContext> dbContextFactory)
{
    public async Task<IReadOnlyList<string>> DescribeAsync(LocalPerson current, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var people = await (
                from account in db.PlatformAccounts
                where account.Platform == Platform.Console
                join profile in db.Profiles on account.PersonId equals profile.PersonId into profiles
                from profile in profiles.DefaultIfEmpty()
                join state in db.ConversationStates on account.PersonId equals state.PersonId into states
                from state in states.DefaultIfEmpty()
                select new { account.PlatformUserId, Profile = profile, Mode = (ConversationMode?)state.Mode })
            .ToListAsync(cancellationToken);

        var known = people
            .Select(p => (Person: LocalPerson.FromUserId(p.PlatformUserId), Line: Describe(p.Profile, p.Mode)))
            .Where(p => p.Person is not null)
            .ToDictionary(p => p.Person!.Value, p => p.Line);
        known.TryAdd(current, "hasn't said anything yet");

        return [.. known
            .OrderBy(p => p.Key.Number)
            .Select(p => $"{p.Key} — {p.Value}{(p.Key == current ? "  ← typing now" : "")}")];
    }

    private static string Describe(Profile? profile, ConversationMode? mode)
    {
        var name = profile?.DisplayName ?? "no name yet";
        var role = profile?.Role switch
        {
            Role.Mentee => "mentee",
            Role.Mentor => "mentor",
            _ => "role not chosen",
        };
        var progress = (profile?.CompletedAt, mode) switch
        {
            (not null, _) when profile?.Role == Role.Mentor => $"profile finished, {Review(profile.VettingStatus)}",
            (not null, _) => "profile finished",
            (null, ConversationMode.Paused) => "onboarding paused",
            _ => "onboarding",
        };
        return $"{name} · {role} · {progress}";
    }

    private static string Review(VettingStatus? status) => status switch
    {
        VettingStatus.Approved => "approved",
        VettingStatus.Rejected => "not approved",
        VettingStatus.Suspended => "suspended",
        _ => "waiting for review",
    };
}

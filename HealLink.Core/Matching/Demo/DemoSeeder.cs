using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Demo;

/// <summary>
/// Adds the fictional demo mentors, already approved, so matching can be tried at once. Idempotent: a mentor
/// already seeded is left alone. Their accounts are console accounts nobody can type as.
/// </summary>
public static class DemoSeeder
{
    public const string UserIdPrefix = "demo-";

    /// <returns>How many mentors were added.</returns>
    public static async Task<int> SeedAsync(HealLinkDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.PlatformAccounts
            .Where(a => a.Platform == Platform.Console && a.PlatformUserId.StartsWith(UserIdPrefix))
            .Select(a => a.PlatformUserId)
            .ToListAsync(cancellationToken);
        var people = new List<Person>();
        foreach (var (mentor, index) in DemoMentors.All.Select((m, i) => (m, i + 1)))
        {
            var userId = UserIdPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (existing.Contains(userId))
            {
                continue;
            }

            var person = new Person { CreatedAt = now, Profile = Profile(mentor, now) };
            person.Accounts.Add(new PlatformAccount { Platform = Platform.Console, PlatformUserId = userId, ChatId = userId, CreatedAt = now });
            people.Add(person);
        }

        // The states are keyed by the people's ids, which exist only once the people are saved.
        db.People.AddRange(people);
        await db.SaveChangesAsync(cancellationToken);
        db.ConversationStates.AddRange(people.Select(p => new ConversationState { PersonId = p.Id, Mode = ConversationMode.Idle, UpdatedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return people.Count;
    }

    private static Profile Profile(DemoMentor mentor, DateTimeOffset now) => new()
    {
        ConsentedAt = now,
        Role = Role.Mentor,
        RoleKind = mentor.Kind,
        DisplayName = DemoMentors.DisplayName(mentor),
        ProcedureText = mentor.Procedure,
        ProcedureDisplay = mentor.Procedure,
        Stage = mentor.Stage,
        AgeRange = mentor.Age,
        Gender = mentor.Gender,
        Languages = [.. mentor.Languages],
        Hospital = mentor.Hospital,
        Interests = [.. mentor.Interests],
        Intro = mentor.Intro,
        HelpTopics = [.. mentor.Topics],
        Capacity = People.Profile.DefaultCapacity,
        Availability = "Evenings and weekends",
        VettingStatus = VettingStatus.Approved,
        CompletedAt = now,
        UpdatedAt = now,
    };
}

using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>A mentee and a mentor by their platform user ids (their private chats have the same ids) and first names.</summary>
internal sealed record ConversationPair(string MenteeUserId, string MenteeName, string MentorUserId, string MentorName);

/// <summary>
/// Writes people straight into the database as onboarding, approval and Accept leave them (TelegramRelayTests go
/// that way, a few people at a time): both finished and idle, each mentor with this one mentee, the conversation
/// active. Load and crash runs need dozens of conversations, which scripted onboardings would take minutes to open;
/// this writes the same rows through the application's own model, so a schema change breaks it at compile time or
/// at its first insert, not silently.
/// </summary>
internal static class ActiveConversations
{
    public static async Task SeedAsync(
        HealLinkDbContext db, Platform platform, IReadOnlyList<ConversationPair> pairs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pairs);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var people = pairs
            .Select(pair => (
                Mentee: Finished(platform, pair.MenteeUserId, pair.MenteeName, Role.Mentee, now),
                Mentor: Finished(platform, pair.MentorUserId, pair.MentorName, Role.Mentor, now)))
            .ToList();
        db.People.AddRange(people.SelectMany(p => new[] { p.Mentee, p.Mentor }));

        // The ids are needed for the states and connections.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (mentee, mentor) in people)
        {
            db.ConversationStates.AddRange(Idle(mentee.Id, now), Idle(mentor.Id, now));
            db.Connections.Add(new Connection
            {
                MenteeId = mentee.Id,
                MentorId = mentor.Id,
                State = ConnectionState.Active,
                CreatedAt = now,
                UpdatedAt = now,
                AnsweredAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Person Finished(Platform platform, string userId, string name, Role role, DateTimeOffset now) => new()
    {
        CreatedAt = now,
        Accounts = [new PlatformAccount { Platform = platform, PlatformUserId = userId, ChatId = userId, CreatedAt = now }],
        Profile = new Profile
        {
            ConsentedAt = now,
            Role = role,
            DisplayName = name,
            ProcedureText = "kidney transplant",
            Languages = ["en"],
            Capacity = 1,
            VettingStatus = role == Role.Mentor ? VettingStatus.Approved : null,
            CompletedAt = now,
            UpdatedAt = now,
        },
    };

    private static ConversationState Idle(long personId, DateTimeOffset now) =>
        new() { PersonId = personId, Mode = ConversationMode.Idle, UpdatedAt = now };
}

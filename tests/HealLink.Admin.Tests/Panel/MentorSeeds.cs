using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;

namespace HealLink.Admin.Tests.Panel;

/// <summary>What the bot leaves in the database when a mentor finishes onboarding on Telegram.</summary>
internal static class MentorSeeds
{
    public static async Task<long> PendingMentorAsync(
        HealLinkDbContext db, string name, string chatId, string intro = "Two years after my kidney transplant I run again, and I remember how frightening the waiting was.", Stage stage = Stage.OneToThreeYearsAgo, int daysAgo = 3,
        RoleKind kind = RoleKind.Patient)
    {
        var finished = DateTimeOffset.UtcNow.AddDays(-daysAgo);
        var person = new Person
        {
            CreatedAt = finished,
            Accounts = [new PlatformAccount { Platform = Platform.Telegram, PlatformUserId = chatId, ChatId = chatId, CreatedAt = finished }],
            Profile = new Profile
            {
                Role = Role.Mentor,
                RoleKind = kind,
                DisplayName = name,
                ProcedureText = "Kidney transplant",
                Stage = stage,
                Languages = ["en"],
                Intro = intro,
                VettingStatus = VettingStatus.Pending,
                ConsentedAt = finished,
                CompletedAt = finished,
                UpdatedAt = finished,
            },
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}

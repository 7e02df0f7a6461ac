using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Safety;
using HealLink.Core.Storage;

namespace HealLink.Admin.Tests.Panel;

/// <summary>
/// What the bot leaves after a conversation went wrong: Ana (a mentee on Telegram) and Sam (an approved mentor) talking,
/// a message relayed between them, Ana's crisis words flagged, and Ana's report about Sam.
/// </summary>
internal static class ConversationSeeds
{
    public const string AnaChat = "chat-ana";
    public const string AnaPlatformId = "tg-ana-4242";
    public const string SamChat = "chat-sam";
    public const string Relayed = "Shall we meet at the hospital cafe on Tuesday?";
    public const string CrisisWords = "I just want it all to end <script>alert('flag')</script>";
    public const string Reported = "[2026-12-05 20:00] Sam: Send me your address <img src=x onerror=alert('report')>";

    public static async Task<Seeded> TroubledConversationAsync(HealLinkDbContext db, string anaIntro = "Waiting for a kidney transplant and scared of it.")
    {
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        var ana = Person("Ana", Role.Mentee, AnaPlatformId, AnaChat, at, anaIntro);
        var sam = Person("Sam", Role.Mentor, "tg-sam-7", SamChat, at, "Two years after my transplant I run again.");
        db.People.AddRange(ana, sam);
        await db.SaveChangesAsync();
        var connection = new Connection { MenteeId = ana.Id, MentorId = sam.Id, State = ConnectionState.Active, CreatedAt = at, UpdatedAt = at, AnsweredAt = at.AddMinutes(5) };
        db.Connections.Add(connection);
        await db.SaveChangesAsync();
        db.RelayedMessages.Add(new RelayedMessage { ConnectionId = connection.Id, SenderId = sam.Id, Text = Relayed, SentAt = at.AddMinutes(10) });
        var flag = new CrisisFlag { PersonId = ana.Id, ConnectionId = connection.Id, Source = CrisisSource.Conversation, Excerpt = CrisisWords, Status = FlagStatus.New, CreatedAt = at.AddMinutes(20) };
        var report = new Report { ConnectionId = connection.Id, ReporterId = ana.Id, ReportedId = sam.Id, RecentMessages = Reported, Status = FlagStatus.New, CreatedAt = at.AddMinutes(30) };
        db.CrisisFlags.Add(flag);
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return new Seeded(ana.Id, sam.Id, connection.Id, flag.Id, report.Id);
    }

    private static Person Person(string name, Role role, string platformId, string chatId, DateTimeOffset at, string intro) => new()
    {
        CreatedAt = at,
        Accounts = [new PlatformAccount { Platform = Platform.Telegram, PlatformUserId = platformId, ChatId = chatId, CreatedAt = at }],
        Profile = new Profile
        {
            Role = role,
            DisplayName = name,
            ProcedureText = "Kidney transplant",
            Intro = intro,
            Languages = ["en"],
            VettingStatus = role == Role.Mentor ? VettingStatus.Approved : null,
            ConsentedAt = at,
            CompletedAt = at,
            UpdatedAt = at,
        },
    };
}

internal sealed record Seeded(long AnaId, long SamId, long ConnectionId, long FlagId, long ReportId);

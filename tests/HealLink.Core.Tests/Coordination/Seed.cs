using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Safety;
using HealLink.Core.Storage;

namespace HealLink.Core.Tests.Coordination;

/// <summary>
/// Rows written straight into the database, for coordinators' lists: many people in many states is quicker to set up
/// this way than by chatting each one through onboarding.
/// </summary>
internal sealed class Seed(HealLinkDbContext db)
{
    private static readonly DateTimeOffset _start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private int _accounts;

    /// <summary>A moment <paramref name="minutes"/> after the seed's start: the order things happened in.</summary>
    public static DateTimeOffset At(int minutes) => _start.AddMinutes(minutes);

    public async Task<long> PersonAsync(
        string? name,
        Role? role = Role.Mentee,
        VettingStatus? vetting = null,
        Platform platform = Platform.Telegram,
        bool completed = true,
        bool suspended = false,
        bool unreachable = false,
        string? intro = null)
    {
        var now = At(++_accounts);
        var person = new Person { CreatedAt = now, SuspendedAt = suspended ? now : null };
        person.Accounts.Add(new PlatformAccount
        {
            Platform = platform,
            PlatformUserId = Guid.NewGuid().ToString("N"),
            ChatId = Guid.NewGuid().ToString("N"),
            CreatedAt = now,
            UnreachableSince = unreachable ? now : null,
            UnreachableReason = unreachable ? "blocked the bot" : null,
        });
        person.Profile = new Profile
        {
            DisplayName = name,
            Role = role,
            VettingStatus = role == Role.Mentor ? vetting ?? VettingStatus.Pending : null,
            Intro = intro,
            CompletedAt = completed ? now : null,
            UpdatedAt = now,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    public async Task<long> ConnectionAsync(long menteeId, long mentorId, ConnectionState state, int minute)
    {
        var connection = new Connection
        {
            MenteeId = menteeId,
            MentorId = mentorId,
            State = state,
            CreatedAt = At(minute),
            UpdatedAt = At(minute),
            AnsweredAt = state is ConnectionState.Active or ConnectionState.Ended or ConnectionState.Declined ? At(minute + 1) : null,
            EndedAt = state is ConnectionState.Ended ? At(minute + 2) : null,
            EndReason = state is ConnectionState.Ended ? EndReason.Finished : null,
            EndedBy = state is ConnectionState.Ended ? menteeId : null,
        };
        db.Connections.Add(connection);
        await db.SaveChangesAsync();
        return connection.Id;
    }

    public async Task RatingAsync(long connectionId, long personId, int score, string? comment = null)
    {
        db.ConnectionRatings.Add(new ConnectionRating { ConnectionId = connectionId, PersonId = personId, Score = score, Comment = comment, CreatedAt = At(500) });
        await db.SaveChangesAsync();
    }

    public async Task<long> CrisisFlagAsync(long personId, int minute, FlagStatus status = FlagStatus.New, long? connectionId = null)
    {
        var flag = new CrisisFlag { PersonId = personId, ConnectionId = connectionId, Source = CrisisSource.Chat, Excerpt = $"flag at {minute}", Status = status, CreatedAt = At(minute) };
        db.CrisisFlags.Add(flag);
        await db.SaveChangesAsync();
        return flag.Id;
    }

    public async Task<long> ReportAsync(long connectionId, long reporterId, long reportedId, int minute, FlagStatus status = FlagStatus.New)
    {
        var report = new Report { ConnectionId = connectionId, ReporterId = reporterId, ReportedId = reportedId, RecentMessages = $"report at {minute}", Status = status, CreatedAt = At(minute) };
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }
}

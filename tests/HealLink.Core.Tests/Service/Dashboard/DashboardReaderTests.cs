using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Safety;
using HealLink.Core.Service.Dashboard;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;

namespace HealLink.Core.Tests.Service.Dashboard;

/// <summary>The dashboard's figures, counted from what the bot stored.</summary>
public sealed class DashboardReaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_EmptyDatabase_CountsNothingAndHasNoAverages()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var sut = new DashboardReader(database.Contexts, new FixedTimeProvider(Now));

        var figures = await sut.ReadAsync(CancellationToken.None);

        Assert.Empty(figures.People);
        Assert.Equal((0, null), (figures.PendingVetting, figures.OldestPendingSince));
        Assert.Equal((0, 0, null), (figures.ActiveConnections, figures.AwaitingAnswer, figures.OldestAwaitingSince));
        Assert.Equal((0, 0), (figures.RequestedThisWeek, figures.AcceptedThisWeek));
        Assert.Equal((null, 0), (figures.MedianFirstReply, figures.FirstRepliesMeasured));
        Assert.Equal((null, 0), (figures.AverageRating, figures.Ratings));
        Assert.Equal((0, 0, 0), (figures.OpenCrisisFlags, figures.NewCrisisFlags, figures.OpenReports));
    }

    [Fact]
    public async Task ReadAsync_PeopleInEveryState_CountsThemByRoleAndStatus()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            Person(db, null, finished: false);
            Person(db, Role.Mentee, finished: false);
            Person(db, Role.Mentee);
            Person(db, Role.Mentee);
            Person(db, Role.Mentee, suspended: true);
            Person(db, Role.Mentor, finished: false);
            Person(db, Role.Mentor, vetting: null, finishedAt: Now.AddDays(-3));
            Person(db, Role.Mentor, vetting: VettingStatus.Pending, finishedAt: Now.AddDays(-1));
            Person(db, Role.Mentor, vetting: VettingStatus.Approved);
            Person(db, Role.Mentor, vetting: VettingStatus.Rejected);
            Person(db, Role.Mentor, vetting: VettingStatus.Suspended);
            Person(db, Role.Mentor, vetting: VettingStatus.Approved, suspended: true);
            await db.SaveChangesAsync();
        }

        var figures = await new DashboardReader(database.Contexts, new FixedTimeProvider(Now)).ReadAsync(CancellationToken.None);

        Assert.Equal(
            [
                new PeopleCount(Role.Mentee, PersonStatus.Onboarding, 1),
                new PeopleCount(Role.Mentee, PersonStatus.Active, 2),
                new PeopleCount(Role.Mentee, PersonStatus.Suspended, 1),
                new PeopleCount(Role.Mentor, PersonStatus.Onboarding, 1),
                new PeopleCount(Role.Mentor, PersonStatus.Pending, 2),
                new PeopleCount(Role.Mentor, PersonStatus.Approved, 1),
                new PeopleCount(Role.Mentor, PersonStatus.Rejected, 1),
                new PeopleCount(Role.Mentor, PersonStatus.Suspended, 2),
                new PeopleCount(null, PersonStatus.Onboarding, 1),
            ],
            figures.People);
        Assert.Equal((2, Now.AddDays(-3)), (figures.PendingVetting, figures.OldestPendingSince));
    }

    [Fact]
    public async Task ReadAsync_ConnectionsMessagesRatingsAndFlags_CountsEachFigure()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var mentee = Person(db, Role.Mentee);
            var mentor = Person(db, Role.Mentor, vetting: VettingStatus.Approved);
            await db.SaveChangesAsync();

            // Accepted this week: the mentor first wrote 10 minutes, then 30 minutes, then 2 hours after accepting.
            var quick = Connect(db, mentee, mentor, ConnectionState.Active, Now.AddDays(-2), answered: Now.AddDays(-2).AddHours(1));
            var slower = Connect(db, mentee, mentor, ConnectionState.Active, Now.AddDays(-3), answered: Now.AddDays(-3).AddHours(1));
            var slowest = Connect(db, mentee, mentor, ConnectionState.Ended, Now.AddDays(-4), answered: Now.AddDays(-4).AddHours(1));

            // Accepted three weeks ago, ended; the mentor never wrote in it.
            var silent = Connect(db, mentee, mentor, ConnectionState.Ended, Now.AddDays(-21), answered: Now.AddDays(-21));

            // Requests: two waiting (one from last week), one declined this week, one expired.
            Connect(db, mentee, mentor, ConnectionState.Requested, Now.AddHours(-5));
            Connect(db, mentee, mentor, ConnectionState.Requested, Now.AddDays(-8));
            Connect(db, mentee, mentor, ConnectionState.Declined, Now.AddDays(-1), answered: Now.AddHours(-20));
            Connect(db, mentee, mentor, ConnectionState.Expired, Now.AddDays(-12));
            await db.SaveChangesAsync();

            Message(db, quick, mentee.Id, Now.AddDays(-2).AddHours(1).AddMinutes(1));
            Message(db, quick, mentor.Id, Now.AddDays(-2).AddHours(1).AddMinutes(10));
            Message(db, quick, mentor.Id, Now.AddDays(-2).AddHours(1).AddMinutes(11));
            Message(db, slower, mentor.Id, Now.AddDays(-3).AddHours(1).AddMinutes(30));
            Message(db, slowest, mentor.Id, Now.AddDays(-4).AddHours(3));
            Message(db, silent, mentee.Id, Now.AddDays(-20));
            db.ConnectionRatings.AddRange(
                new ConnectionRating { ConnectionId = slowest.Id, PersonId = mentee.Id, Score = 5, CreatedAt = Now },
                new ConnectionRating { ConnectionId = slowest.Id, PersonId = mentor.Id, Score = 4, CreatedAt = Now },
                new ConnectionRating { ConnectionId = silent.Id, PersonId = mentee.Id, Score = 2, CreatedAt = Now });
            db.CrisisFlags.AddRange(
                Flag(mentee.Id, FlagStatus.New),
                Flag(mentee.Id, FlagStatus.New),
                Flag(mentee.Id, FlagStatus.InReview),
                Flag(mentee.Id, FlagStatus.Resolved));
            db.Reports.AddRange(
                new Report { ConnectionId = quick.Id, ReporterId = mentee.Id, ReportedId = mentor.Id, RecentMessages = "", Status = FlagStatus.InReview, CreatedAt = Now },
                new Report { ConnectionId = quick.Id, ReporterId = mentee.Id, ReportedId = mentor.Id, RecentMessages = "", Status = FlagStatus.Resolved, CreatedAt = Now });
            await db.SaveChangesAsync();
        }

        var figures = await new DashboardReader(database.Contexts, new FixedTimeProvider(Now)).ReadAsync(CancellationToken.None);

        Assert.Equal(2, figures.ActiveConnections);
        Assert.Equal((2, Now.AddDays(-8)), (figures.AwaitingAnswer, figures.OldestAwaitingSince));
        Assert.Equal((5, 3), (figures.RequestedThisWeek, figures.AcceptedThisWeek));
        Assert.Equal((TimeSpan.FromMinutes(30), 3), (figures.MedianFirstReply, figures.FirstRepliesMeasured));
        Assert.Equal((11.0 / 3, 3), (figures.AverageRating, figures.Ratings));
        Assert.Equal((3, 2, 1), (figures.OpenCrisisFlags, figures.NewCrisisFlags, figures.OpenReports));
    }

    private static Person Person(
        HealLinkDbContext db, Role? role, bool finished = true, VettingStatus? vetting = null, bool suspended = false, DateTimeOffset? finishedAt = null)
    {
        var person = new Person
        {
            CreatedAt = Now.AddDays(-30),
            SuspendedAt = suspended ? Now.AddDays(-1) : null,
            Profile = new Profile
            {
                Role = role,
                DisplayName = "Someone",
                VettingStatus = vetting,
                CompletedAt = finished ? finishedAt ?? Now.AddDays(-10) : null,
                UpdatedAt = Now.AddDays(-10),
            },
        };
        db.People.Add(person);
        return person;
    }

    private static Connection Connect(
        HealLinkDbContext db, Person mentee, Person mentor, ConnectionState state, DateTimeOffset created, DateTimeOffset? answered = null)
    {
        var connection = new Connection { MenteeId = mentee.Id, MentorId = mentor.Id, State = state, CreatedAt = created, UpdatedAt = created, AnsweredAt = answered };
        db.Connections.Add(connection);
        return connection;
    }

    private static void Message(HealLinkDbContext db, Connection connection, long sender, DateTimeOffset sent) =>
        db.RelayedMessages.Add(new RelayedMessage { ConnectionId = connection.Id, SenderId = sender, Text = "hello", SentAt = sent });

    private static CrisisFlag Flag(long personId, FlagStatus status) =>
        new() { PersonId = personId, Source = CrisisSource.Chat, Excerpt = "…", Status = status, CreatedAt = Now };
}

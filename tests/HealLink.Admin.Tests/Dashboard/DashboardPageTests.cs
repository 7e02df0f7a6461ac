using System.Text.RegularExpressions;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Admin.Tests.Dashboard;

/// <summary>The home page over HTTP, for either role: the figures counted from what the bot stored.</summary>
public sealed class DashboardPageTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Dashboard_ReviewerOnASeededDatabase_ShowsEachFigure()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            await MentorSeeds.PendingMentorAsync(db, "Older", "chat-1", daysAgo: 5);
            await MentorSeeds.PendingMentorAsync(db, "Newer", "chat-2", daysAgo: 1);
            var mentor = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-3", daysAgo: 20);
            (await db.Profiles.FindAsync(mentor))!.VettingStatus = VettingStatus.Approved;
            var mentee = new Person { CreatedAt = DateTimeOffset.UtcNow, Profile = new Profile { Role = Role.Mentee, DisplayName = "Maria", CompletedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow } };
            db.People.Add(mentee);
            await db.SaveChangesAsync();

            var accepted = DateTimeOffset.UtcNow.AddDays(-1);
            var connection = new Connection { MenteeId = mentee.Id, MentorId = mentor, State = ConnectionState.Active, CreatedAt = accepted.AddHours(-2), UpdatedAt = accepted, AnsweredAt = accepted };
            db.Connections.AddRange(connection, new Connection { MenteeId = mentee.Id, MentorId = mentor, State = ConnectionState.Requested, CreatedAt = DateTimeOffset.UtcNow.AddHours(-3), UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            db.RelayedMessages.Add(new RelayedMessage { ConnectionId = connection.Id, SenderId = mentor, Text = "Hi Maria", SentAt = accepted.AddMinutes(45) });
            db.ConnectionRatings.Add(new ConnectionRating { ConnectionId = connection.Id, PersonId = mentee.Id, Score = 4, CreatedAt = DateTimeOffset.UtcNow });
            db.CrisisFlags.Add(new CrisisFlag { PersonId = mentee.Id, Source = CrisisSource.Chat, Excerpt = "…", Status = FlagStatus.New, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);
        var page = await reviewer.GetPageAsync("/");

        Assert.Contains("<strong>2</strong> mentors waiting for review", page, StringComparison.Ordinal);
        Assert.Contains("longest wait: 5 days", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> crisis flags not yet resolved", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> active conversations", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> requests waiting for a mentor's answer", page, StringComparison.Ordinal);
        Assert.Contains("<strong>2 / 1</strong> requested / accepted in the last 7 days", page, StringComparison.Ordinal);
        Assert.Contains("<strong>45 minutes</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>4.0 / 5</strong>", page, StringComparison.Ordinal);
        Assert.Equal("2", PeopleCount(page, "mentor/pending"));
        Assert.Equal("1", PeopleCount(page, "mentor/approved"));
        Assert.Equal("1", PeopleCount(page, "mentee/active"));
        Assert.Contains("<th>1 / 3</th>", page, StringComparison.Ordinal);
    }

    private static string PeopleCount(string page, string roleAndStatus) =>
        Regex.Match(page, $"data-people=\"{roleAndStatus}\">.*?<td>(\\d+)</td>\\s*</tr>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task Dashboard_EmptyDatabase_ShowsZerosAndNoAverages()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var page = await admin.GetPageAsync("/");

        Assert.Contains("<strong>0</strong> mentors waiting for review", page, StringComparison.Ordinal);
        Assert.Contains("Nobody has started talking to the bot yet.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>&#x2014;</strong>", page, StringComparison.Ordinal);
    }
}

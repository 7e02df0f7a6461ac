using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.Safety;
using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;
using static HealLink.Admin.Tests.Panel.ConversationSeeds;

namespace HealLink.Admin.Tests.Safety;

/// <summary>Crisis flags and reports over HTTP: what a reviewer reads, and what each action leaves for the bot and the audit log.</summary>
public sealed class SafetyPageTests : IDisposable
{
    private const string Reviewer = "rev@example.org";

    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Queue_OpenCases_CrisisFlagFirst_AndWhatPeopleWroteIsEscaped()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);

        var page = await reviewer.GetPageAsync("/safety");

        Assert.True(page.IndexOf($"Crisis flag #{seeded.FlagId}", StringComparison.Ordinal) < page.IndexOf($"Report #{seeded.ReportId}", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_MoreThanAPage_LinksToTheNextKeepingTheFilter()
    {
        var seeded = await SeedAsync();
        await using (var db = await _panel.DatabaseAsync())
        {
            var flag = await db.CrisisFlags.SingleAsync();
            db.CrisisFlags.AddRange(Enumerable.Range(0, 60).Select(i => new CrisisFlag
            {
                PersonId = seeded.AnaId, Source = CrisisSource.Chat, Excerpt = $"flag {i}", Status = FlagStatus.New, CreatedAt = flag.CreatedAt.AddMinutes(-i - 1),
            }));
            await db.SaveChangesAsync();
        }

        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);
        var first = await reviewer.GetPageAsync("/safety?status=New");
        var second = await reviewer.GetPageAsync("/safety?status=New&p=2");

        Assert.Contains("href=\"/safety?status=New&amp;p=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains("flag 59", second, StringComparison.Ordinal);
        Assert.Contains($"Report #{seeded.ReportId}", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_AReport_ShowsItsAttachedMessagesPeopleAndConversation_ButNotOtherMessages()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);

        var page = await reviewer.GetPageAsync($"/safety/report/{seeded.ReportId}");

        Assert.Contains("Sam: Send me your address &lt;img src=x onerror=alert(", page, StringComparison.Ordinal);
        Assert.Contains("Reported by", page, StringComparison.Ordinal);
        Assert.Contains($"#{seeded.ConnectionId}:", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Relayed, page, StringComparison.Ordinal);
        // Reviewers have no people pages, so names are not links there.
        Assert.DoesNotContain("href=\"/people/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickUp_TheBannerIsOnEveryPageUntilSomeonePicksTheFlagUp()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);
        var before = await reviewer.GetPageAsync("/mentors");

        var picked = await reviewer.PostFormAsync($"/safety/crisis/{seeded.FlagId}", $"/safety/crisis/{seeded.FlagId}?handler=PickUp", []);
        var casePage = await reviewer.GetPageAsync($"/safety/crisis/{seeded.FlagId}");
        var after = await reviewer.GetPageAsync("/mentors");

        Assert.Contains("crisis-banner", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.DoesNotContain("crisis-banner", after, StringComparison.Ordinal);
        Assert.Contains("Picked up", casePage, StringComparison.Ordinal);
        await using var db = await _panel.DatabaseAsync();
        Assert.Equal(FlagStatus.InReview, (await db.CrisisFlags.SingleAsync()).Status);
        var audit = Assert.Single(await CaseAuditAsync(db));
        Assert.Equal((Reviewer, "crisis.inreview", seeded.AnaId), (audit.Actor, audit.Action, audit.SubjectPersonId!.Value));
    }

    [Fact]
    public async Task Contact_AfterACrisisFlag_TheMessageIsQueuedForThePersonAndAudited()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);

        var response = await reviewer.PostFormAsync(
            $"/safety/crisis/{seeded.FlagId}",
            $"/safety/crisis/{seeded.FlagId}?handler=Contact",
            new() { ["party"] = "Subject", ["message"] = "Hi Ana, I'm Maria from the team. How are you today?" });
        var page = await reviewer.GetPageAsync($"/safety/crisis/{seeded.FlagId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Sent: the bot is passing your message on", page, StringComparison.Ordinal);
        Assert.Contains("crisis.contact", page, StringComparison.Ordinal);
        await using var db = await _panel.DatabaseAsync();
        var message = await db.OutboxMessages.SingleAsync();
        Assert.Equal(AnaChat, message.ChatId);
        Assert.Contains("Hi Ana, I'm Maria from the team. How are you today?", message.Text, StringComparison.Ordinal);
        var audit = Assert.Single(await CaseAuditAsync(db));
        Assert.Equal(("crisis.contact", $"#{seeded.FlagId}: Hi Ana, I'm Maria from the team. How are you today?"), (audit.Action, audit.Reason));
    }

    [Fact]
    public async Task WarnThenSuspend_TheReportedPersonIsToldBoth_IsSuspended_AndEachIsAudited()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);
        var path = $"/safety/report/{seeded.ReportId}";

        await reviewer.PostFormAsync(path, $"{path}?handler=Warn", new() { ["message"] = "Please don't ask for addresses." });
        await reviewer.PostFormAsync(path, $"{path}?handler=Suspend", new() { ["reason"] = "Asked again after a warning." });

        await using var db = await _panel.DatabaseAsync();
        var toSam = await db.OutboxMessages.Where(m => m.ChatId == SamChat).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal(2, toSam.Count);
        Assert.Contains("Their note: Please don't ask for addresses.", toSam[0], StringComparison.Ordinal);
        Assert.Contains("Their note: Asked again after a warning.", toSam[1], StringComparison.Ordinal);
        Assert.NotNull((await db.People.SingleAsync(p => p.Id == seeded.SamId)).SuspendedAt);
        Assert.Equal(["report.warn", "report.suspend"], (await CaseAuditAsync(db)).Select(a => a.Action));
    }

    [Fact]
    public async Task EndConnection_FromAReport_EndsItAndTellsBothNeutrally()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);
        var path = $"/safety/report/{seeded.ReportId}";

        await reviewer.PostFormAsync(path, $"{path}?handler=End", new() { ["reason"] = "Repeated requests for an address." });
        var page = await reviewer.GetPageAsync(path);

        Assert.Contains("The conversation has ended", page, StringComparison.Ordinal);
        Assert.DoesNotContain("End the conversation</button>", page, StringComparison.Ordinal);
        await using var db = await _panel.DatabaseAsync();
        var connection = await db.Connections.SingleAsync();
        Assert.Equal((ConnectionState.Ended, EndReason.Coordinator), (connection.State, connection.EndReason));
        var messages = await db.OutboxMessages.ToListAsync();
        // Each is told, their conversation's thread is closed (where the platform has one), and the rating is asked.
        Assert.Equal(3, messages.Count(m => m.ChatId == AnaChat));
        Assert.Equal(3, messages.Count(m => m.ChatId == SamChat));
        Assert.Equal(2, messages.Count(m => m.Kind == OutboundKind.CloseThread));
        Assert.DoesNotContain(messages, m => m.Text.Contains("Repeated requests", StringComparison.Ordinal));
        Assert.Equal("report.end", Assert.Single(await CaseAuditAsync(db)).Action);
    }

    [Fact]
    public async Task Note_IsShownEscapedToCoordinators_AndAudited()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);
        var path = $"/safety/report/{seeded.ReportId}";

        await reviewer.PostFormAsync(path, $"{path}?handler=Note", new() { ["text"] = "Called Ana <b>twice</b>; she is safe." });
        var page = await reviewer.GetPageAsync(path);

        Assert.Contains("Called Ana &lt;b&gt;twice&lt;/b&gt;; she is safe.", page, StringComparison.Ordinal);
        await using var db = await _panel.DatabaseAsync();
        var note = await db.SafetyNotes.SingleAsync();
        Assert.Equal((Reviewer, "Called Ana <b>twice</b>; she is safe."), (note.Author, note.Text));
        Assert.Equal("report.note", Assert.Single(await CaseAuditAsync(db)).Action);
    }

    [Fact]
    public async Task Post_WithoutAnAntiforgeryToken_IsRefusedAndNothingIsSent()
    {
        var seeded = await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);

        var response = await reviewer.PostWithoutTokenAsync($"/safety/report/{seeded.ReportId}?handler=Warn", new() { ["message"] = "Forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await _panel.DatabaseAsync();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    [Theory]
    [InlineData("/safety/crisis/999")]
    [InlineData("/safety/elsewhere/1")]
    public async Task Case_ThatDoesNotExist_IsNotFound(string path)
    {
        await SeedAsync();
        using var reviewer = await _panel.SignedInAsync(Reviewer, AdminRoles.Reviewer);

        var response = await reviewer.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The audit entries about crisis flags and reports (creating the test's account is audited too).</summary>
    private static Task<List<AuditEntry>> CaseAuditAsync(HealLinkDbContext db) =>
        db.AuditEntries.Where(a => a.Action.StartsWith("crisis.") || a.Action.StartsWith("report.")).OrderBy(a => a.Id).ToListAsync();

    private async Task<Seeded> SeedAsync()
    {
        await using var db = await _panel.DatabaseAsync();
        return await TroubledConversationAsync(db);
    }
}

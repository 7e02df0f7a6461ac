using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using HealLink.Bot.Tests.Logging;
using Microsoft.Extensions.Logging;

namespace HealLink.Admin.Tests.Logging;

/// <summary>
/// The panel with every category logging at Trace while a coordinator reads and decides: people's stories, what they
/// wrote and their platform ids are on the pages, and in no log entry.
/// </summary>
public sealed class PanelTraceLogPrivacyTests : IDisposable
{
    private const string MentorIntro = "After my liver transplant Corvianne taught me to paint again.";
    private const string MentorChat = "tg-chat-88123401";
    private const string MenteeIntro = "Waiting for a kidney, and my dog Brindlewick keeps me walking.";

    private readonly RecordingLoggerProvider _logs = new();
    private readonly AdminPanelFactory _panel;

    public PanelTraceLogPrivacyTests() => _panel = new AdminPanelFactory { TestServices = _logs.AddTo };

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Logs_AtTraceWhileACoordinatorReadsAndDecides_HoldNoStoryWordsOrPlatformIds()
    {
        long mentorId;
        Seeded seeded;
        await using (var db = await _panel.DatabaseAsync())
        {
            mentorId = await MentorSeeds.PendingMentorAsync(db, "Corvianne", MentorChat, MentorIntro);
            seeded = await ConversationSeeds.TroubledConversationAsync(db, MenteeIntro);
        }

        using var admin = await _panel.SignedInAsync("admin@example.org", AdminRoles.Admin);
        foreach (var path in new[] { "/mentors", "/safety", $"/safety/crisis/{seeded.FlagId}", $"/safety/report/{seeded.ReportId}", "/people", $"/people/{seeded.AnaId}", "/connections" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        }

        Assert.Contains(MentorIntro, await admin.GetPageAsync("/mentors"), StringComparison.Ordinal);
        var approved = await admin.PostFormAsync("/mentors", $"/mentors?handler=Approve&id={mentorId}", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var records = _logs.Records;
        Assert.Contains(records, r => r.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) && r.Level == LogLevel.Debug);
        Assert.Contains(records, r => r.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var found = new LogLeakScanner()
            .Text("the mentor's intro", "Corvianne taught me")
            .Text("the mentee's intro", "Brindlewick")
            .Text("a relayed message", ConversationSeeds.Relayed)
            .Text("crisis words", "want it all to end")
            .Text("a reported message", "Send me your address")
            .Text("the pending mentor's chat id", MentorChat)
            .Text("the mentee's platform id", ConversationSeeds.AnaPlatformId)
            .Text("the mentee's chat id", ConversationSeeds.AnaChat)
            .Text("the reported mentor's chat id", ConversationSeeds.SamChat)
            .Scan(records);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Take(30)));
    }
}

using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.Mentors;

/// <summary>The vetting queue over HTTP: what a reviewer reads, and what each decision leaves for the bot.</summary>
public sealed class VettingPageTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Queue_TwoPendingMentors_ShowsTheLongestWaitingFirstWithTheirWholeProfileAndHints()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            await MentorSeeds.PendingMentorAsync(db, "Newer", "chat-2", daysAgo: 1, stage: Stage.LessThanAYearAgo);
            await MentorSeeds.PendingMentorAsync(db, "Older", "chat-1", daysAgo: 5);
        }

        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);
        var page = await reviewer.GetPageAsync("/mentors");

        Assert.True(page.IndexOf("Older", StringComparison.Ordinal) < page.IndexOf("Newer", StringComparison.Ordinal));
        Assert.Contains("waiting 5 days", page, StringComparison.Ordinal);
        Assert.Contains("I run again", page, StringComparison.Ordinal);
        Assert.Contains("Less than a year since the procedure", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_CaregiverMentorBesideAPatientMentor_ShowsWhichSideOfTheProcedureEachHelpsFrom()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa", daysAgo: 5);
            await MentorSeeds.PendingMentorAsync(db, "Peter", "chat-peter", daysAgo: 1, kind: RoleKind.Caregiver);
        }

        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);
        var page = await reviewer.GetPageAsync("/mentors");

        var peter = page[page.IndexOf("Peter", StringComparison.Ordinal)..];
        Assert.Contains("Help as a caregiver mentor", peter, StringComparison.Ordinal);
        Assert.DoesNotContain("Help as a caregiver mentor", page[..page.IndexOf("Peter", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Help as a mentor", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_ApproveOneRejectAnother_ProfilesOutboxAndAuditChangeTogether()
    {
        long approvedId, rejectedId;
        await using (var db = await _panel.DatabaseAsync())
        {
            approvedId = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa");
            rejectedId = await MentorSeeds.PendingMentorAsync(db, "Tom", "chat-tom");
        }

        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);
        var approved = await reviewer.PostFormAsync("/mentors", $"/mentors?handler=Approve&id={approvedId}", []);
        var rejected = await reviewer.PostFormAsync("/mentors", $"/mentors?handler=Reject&id={rejectedId}", new() { ["reason"] = "We need a year since the transplant." });
        var after = await reviewer.GetPageAsync("/mentors");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (approved.StatusCode, rejected.StatusCode));
        Assert.Contains("No mentor is waiting for review.", after, StringComparison.Ordinal);
        await using var check = await _panel.DatabaseAsync();
        var statuses = await check.Profiles.OrderBy(p => p.PersonId).Select(p => p.VettingStatus).ToListAsync();
        Assert.Equal([VettingStatus.Approved, VettingStatus.Rejected], statuses);
        var messages = await check.OutboxMessages.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(["chat-rosa", "chat-tom"], messages.Select(m => m.ChatId));
        Assert.Contains("approved your mentor profile", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Their note: We need a year since the transplant.", messages[1].Text, StringComparison.Ordinal);
        var audit = await check.AuditEntries.Where(a => a.Action.StartsWith("mentor.")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([("rev@example.org", "mentor.approve", approvedId), ("rev@example.org", "mentor.reject", rejectedId)], audit.Select(a => (a.Actor, a.Action, a.SubjectPersonId!.Value)));
    }

    [Fact]
    public async Task Reject_WithoutAReason_IsRefusedKindlyAndNothingChanges()
    {
        long mentorId;
        await using (var db = await _panel.DatabaseAsync())
        {
            mentorId = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa");
        }

        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);
        await reviewer.PostFormAsync("/mentors", $"/mentors?handler=Reject&id={mentorId}", new() { ["reason"] = "   " });
        var page = await reviewer.GetPageAsync("/mentors");

        Assert.Contains("Please write a reason: the mentor reads it.", page, StringComparison.Ordinal);
        await using var check = await _panel.DatabaseAsync();
        Assert.Equal(VettingStatus.Pending, (await check.Profiles.SingleAsync()).VettingStatus);
        Assert.Empty(await check.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task Decided_SuspendThenReinstate_TellsTheMentorEachTime()
    {
        long mentorId;
        await using (var db = await _panel.DatabaseAsync())
        {
            mentorId = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa");
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        await admin.PostFormAsync("/mentors", $"/mentors?handler=Approve&id={mentorId}", []);
        await admin.PostFormAsync("/mentors/decided", $"/mentors/decided?handler=Suspend&id={mentorId}", new() { ["reason"] = "A report is being looked into." });
        var suspended = await admin.GetPageAsync("/mentors/decided");
        await admin.PostFormAsync("/mentors/decided", $"/mentors/decided?handler=Reinstate&id={mentorId}", []);

        Assert.Contains("suspended", suspended, StringComparison.Ordinal);
        await using var check = await _panel.DatabaseAsync();
        Assert.Equal(VettingStatus.Approved, (await check.Profiles.SingleAsync()).VettingStatus);
        Assert.Equal(3, await check.OutboxMessages.CountAsync(m => m.ChatId == "chat-rosa"));
    }
}

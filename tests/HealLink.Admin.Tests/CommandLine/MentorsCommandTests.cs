using HealLink.Core.Messaging;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.CommandLine;

/// <summary>
/// The real admin process's <c>mentors</c> command on a database of its own, as a coordinator runs it beside the bot: the
/// queue, a decision, and the message it leaves in the outbox for the bot to deliver.
/// </summary>
public sealed class MentorsCommandTests : IDisposable
{
    private readonly AdminCommandLine _admin = new();

    public void Dispose() => _admin.Dispose();

    [Fact]
    public async Task Mentors_ListThenApprove_ThePendingMentorIsApprovedAndTheirMessageWaitsInTheOutbox()
    {
        var (empty, _) = await _admin.RunAsync("mentors");
        var mentorId = await SeedPendingMentorAsync("Rosa", "tg-chat-881");

        var (queue, listed) = await _admin.RunAsync("mentors");
        var (approved, exit) = await _admin.RunAsync("mentors", "approve", mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("No mentor is waiting for review.", empty.Trim());
        Assert.Equal(0, listed);
        Assert.StartsWith($"{mentorId}\tRosa\tKidney transplant\tMoreThanThreeYearsAgo\twaiting 3 days", queue.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("is now Approved", approved, StringComparison.Ordinal);
        await using var db = await _admin.ContextAsync();
        Assert.Equal(VettingStatus.Approved, (await db.Profiles.SingleAsync()).VettingStatus);
        var message = await db.OutboxMessages.SingleAsync();
        Assert.Equal(("tg-chat-881", Platform.Telegram), (message.ChatId, message.Platform));
        Assert.StartsWith("Good news — a coordinator has approved your mentor profile.", message.Text, StringComparison.Ordinal);
        Assert.Equal("mentor.approve", (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task Mentors_LessThanAYearSinceTheProcedure_IsListedWithPRODUCTsHint()
    {
        await SeedPendingMentorAsync("Rosa", "tg-chat-881", Stage.LessThanAYearAgo);

        var (queue, _) = await _admin.RunAsync("mentors");

        Assert.EndsWith("\thint: less than a year since the procedure", queue.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentors_RejectWithoutAReason_IsRefusedAndNothingChanges()
    {
        var mentorId = await SeedPendingMentorAsync("Rosa", "tg-chat-881");

        var (said, exit) = await _admin.RunAsync("mentors", "reject", mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (usage, badExit) = await _admin.RunAsync("mentors", "promote", "x");

        Assert.Equal(1, exit);
        Assert.Contains("needs a reason", said, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.StartsWith("Usage: mentors", usage, StringComparison.Ordinal);
        await using var db = await _admin.ContextAsync();
        Assert.Equal(VettingStatus.Pending, (await db.Profiles.SingleAsync()).VettingStatus);
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    private async Task<long> SeedPendingMentorAsync(string name, string chatId, Stage stage = Stage.MoreThanThreeYearsAgo)
    {
        await using var db = await _admin.ContextAsync();
        return await Panel.MentorSeeds.PendingMentorAsync(db, name, chatId, stage: stage);
    }
}

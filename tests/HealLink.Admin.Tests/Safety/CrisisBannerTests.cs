using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using HealLink.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.Safety;

/// <summary>A crisis flag nobody has picked up is on every page, for every role, until someone does.</summary>
public sealed class CrisisBannerTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Banner_NewFlag_OnEveryPageUntilPickedUp()
    {
        long flagId;
        await using (var db = await _panel.DatabaseAsync())
        {
            var personId = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa");
            var flag = new CrisisFlag { PersonId = personId, Source = CrisisSource.Chat, Excerpt = "I can't go on", Status = FlagStatus.New, CreatedAt = DateTimeOffset.UtcNow };
            db.CrisisFlags.Add(flag);
            await db.SaveChangesAsync();
            flagId = flag.Id;
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);
        var before = new[] { await admin.GetPageAsync("/"), await admin.GetPageAsync("/accounts"), await reviewer.GetPageAsync("/mentors") };
        await using (var db = await _panel.DatabaseAsync())
        {
            await db.CrisisFlags.Where(f => f.Id == flagId).ExecuteUpdateAsync(set => set.SetProperty(f => f.Status, FlagStatus.InReview));
        }

        var after = await admin.GetPageAsync("/mentors");

        Assert.All(before, page => Assert.Contains("1 crisis flag</strong> waiting for someone to pick up", page, StringComparison.Ordinal));
        Assert.DoesNotContain("crisis-banner", after, StringComparison.Ordinal);
    }
}

using HealLink.Admin.Tests.Panel;
using HealLink.Core.Connections;
using static HealLink.Admin.Tests.Panel.ConversationSeeds;

namespace HealLink.Admin.Tests.Connections;

/// <summary>Connections over HTTP: names, states, times and ratings — never what was said.</summary>
public sealed class ConnectionsPageTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task List_ShowsBothNamesStateAndRatings_NeverTheirMessages()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            var seeded = await TroubledConversationAsync(db);
            db.ConnectionRatings.Add(new ConnectionRating { ConnectionId = seeded.ConnectionId, PersonId = seeded.AnaId, Score = 2, Comment = "Felt <i>pushy</i>.", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        var page = await admin.GetPageAsync("/connections");
        var ended = await admin.GetPageAsync("/connections?state=Ended");

        Assert.Contains(">Ana</a>", page, StringComparison.Ordinal);
        Assert.Contains(">Sam</a>", page, StringComparison.Ordinal);
        Assert.Contains("active", page, StringComparison.Ordinal);
        Assert.Contains("2 / 5", page, StringComparison.Ordinal);
        Assert.Contains("Felt &lt;i&gt;pushy&lt;/i&gt;.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Relayed, page, StringComparison.Ordinal);
        Assert.Contains("No connections.", ended, StringComparison.Ordinal);
    }
}

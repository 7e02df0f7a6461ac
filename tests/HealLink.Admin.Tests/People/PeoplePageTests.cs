using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using static HealLink.Admin.Tests.Panel.ConversationSeeds;

namespace HealLink.Admin.Tests.People;

/// <summary>People over HTTP: an admin finds someone and reads their whole record, with everything they typed inert.</summary>
public sealed class PeoplePageTests : IDisposable
{
    private const string HostileIntro = "Hi! <script>alert('intro')</script> <img src=x onerror=alert('img')> [my site](javascript:alert('md'))";

    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Search_ByNameAndRole_FindsThemAndLinksToTheirPage()
    {
        var seeded = await SeedAsync();
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var byName = await admin.GetPageAsync("/people?name=ana");
        var mentors = await admin.GetPageAsync("/people?role=Mentor&status=ApprovedMentor&platform=Telegram");

        Assert.Contains($"href=\"/people/{seeded.AnaId}\"", byName, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/people/{seeded.SamId}\"", byName, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{seeded.SamId}\"", mentors, StringComparison.Ordinal);
        Assert.Contains("mentor, approved", mentors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_TheirIntroRendersAsInertText_AndNoPlatformIdOrMessageIsShown()
    {
        var seeded = await SeedAsync(HostileIntro);
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var page = await admin.GetPageAsync($"/people/{seeded.AnaId}");

        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(", page, StringComparison.Ordinal);
        Assert.Contains("[my site](javascript:alert(", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.Ordinal);
        Assert.DoesNotContain(AnaPlatformId, page, StringComparison.Ordinal);
        Assert.DoesNotContain(AnaChat, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Relayed, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{seeded.SamId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/safety/crisis/{seeded.FlagId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/safety/report/{seeded.ReportId}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_ThatDoesNotExist_IsNotFound()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var response = await admin.GetAsync("/people/999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/people")]
    [InlineData("/people/1")]
    [InlineData("/connections")]
    public async Task Reviewer_CannotReachPeopleOrConnections(string path)
    {
        await SeedAsync();
        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);

        var response = await reviewer.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<Seeded> SeedAsync(string intro = "Waiting for a kidney transplant and scared of it.")
    {
        await using var db = await _panel.DatabaseAsync();
        return await TroubledConversationAsync(db, intro);
    }
}

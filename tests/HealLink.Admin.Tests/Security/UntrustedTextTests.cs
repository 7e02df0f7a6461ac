using HealLink.Admin.Tests.Panel;

namespace HealLink.Admin.Tests.Security;

/// <summary>People's words are untrusted input: on a coordinator's page they are text, never markup.</summary>
public sealed class UntrustedTextTests : IDisposable
{
    private const string Hostile =
        "<script>alert('x')</script> <img src=x onerror=\"alert(1)\"> [click me](javascript:alert(1)) **bold**";

    private readonly AdminPanelFactory _panel = new();

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task Intro_WithScriptImageAndMarkdownLink_RendersAsInertText()
    {
        await using (var db = await _panel.DatabaseAsync())
        {
            await MentorSeeds.PendingMentorAsync(db, "<b>Rosa</b>", "chat-rosa", intro: Hostile);
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        var page = await admin.GetPageAsync("/mentors");

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Rosa</b>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", page, StringComparison.Ordinal);
        Assert.Contains("[click me](javascript:alert(1)) **bold**", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Rosa&lt;/b&gt;", page, StringComparison.Ordinal);
    }
}

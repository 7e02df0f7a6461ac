using System.Text.RegularExpressions;
using HealLink.Core.Jobs;
using HealLink.Core.Tests.Conversations;
using Microsoft.Playwright;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// The service pages in Chromium on the real panel process, with the real bot process running beside it on fake
/// Telegram: the dashboard counts a mentor who just onboarded, the health page shows the bot as it reports itself,
/// "Re-embed now" is queued by the panel and run by the bot, and the audit log names who asked. Reviewers see none of
/// the admin-only pages. Screenshots of each page go to artifacts/screenshots/.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class ServicePagesBrowserTests : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync();

    [Fact]
    public async Task ServicePages_BesideTheRealBot_ShowItsHealthRunItsReEmbedAndAuditIt()
    {
        var sam = new TelegramChat(_service.Telegram, _service.Telegram.CreateUser("Sam"));
        await sam.RunAsync(Scripts.MentorByButtons);
        await sam.WaitForAsync("a coordinator will review your profile");

        var page = await _service.Chromium.NewPageAsync(_service.Panel.Address);
        await SignIn.AsAsync(page, "admin@example.org");
        await Assertions.Expect(page.GetByTestId("pending-vetting").Locator("strong")).ToHaveTextAsync("1");
        await Chromium.ScreenshotAsync(page, "dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Health", Exact = true }).ClickAsync();
        var bot = page.GetByTestId("process");
        await Assertions.Expect(bot).ToHaveCountAsync(1);
        await Assertions.Expect(bot).ToHaveAttributeAsync("data-process-state", "running");
        await Assertions.Expect(bot).ToContainTextAsync("runs the shared jobs");
        await Assertions.Expect(bot.GetByTestId("channel")).ToContainTextAsync("Telegram: receiving through long polling");
        await Assertions.Expect(bot).ToContainTextAsync("hashed-ngrams");
        await Chromium.ScreenshotAsync(page, "health");

        await page.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();
        await page.GetByLabel("Reason (kept in the audit log)").FillAsync("Checking the nightly run by hand.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-embed now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Re-embedding is queued");
        var reEmbed = page.Locator($"[data-job='{JobSchedules.ReEmbedProfiles.Group}.{JobSchedules.ReEmbedProfiles.Name}']");
        await ReloadUntilAsync(page, reEmbed, LastRunOfReEmbedNow());
        await Chromium.ScreenshotAsync(page, "jobs");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        var newest = page.GetByTestId("audit-entry").First;
        await Assertions.Expect(newest).ToContainTextAsync("jobs.re-embed-now");
        await Assertions.Expect(newest).ToContainTextAsync("admin@example.org");
        await Assertions.Expect(newest).ToContainTextAsync("Checking the nightly run by hand.");
        await Chromium.ScreenshotAsync(page, "audit-log");

        var phone = await _service.Chromium.NewPageAsync(_service.Panel.Address, phone: true);
        await SignIn.AsAsync(phone, "admin@example.org");
        await Chromium.ScreenshotAsync(phone, "dashboard-phone");

        var reviewer = await _service.Chromium.NewPageAsync(_service.Panel.Address);
        await SignIn.AsAsync(reviewer, "reviewer@example.org");
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true })).ToHaveCountAsync(0);
        await reviewer.GotoAsync("/jobs");
        Assert.Contains("/account/denied", reviewer.Url, StringComparison.Ordinal);
    }

    /// <summary>The job's last run was the one-shot the panel asked for: the bot picks it up within its poll interval.</summary>
    private static Regex LastRunOfReEmbedNow() => new($"· {Regex.Escape(JobSchedules.ReEmbedNowDescription)}");

    private static async Task ReloadUntilAsync(IPage page, ILocator row, Regex text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!text.IsMatch(await row.InnerTextAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not shown in time: {await row.InnerTextAsync()}");
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();
}

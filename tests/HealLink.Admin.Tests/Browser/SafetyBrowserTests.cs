using HealLink.Admin.Tests.Panel;
using HealLink.Core.Tests.Storage;
using Microsoft.Playwright;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// A coordinator's safety work in Chromium on the real panel process: the banner leads a reviewer to a new crisis
/// flag, they pick it up and the banner goes; an admin finds the person and their connections. Screenshots of each.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class SafetyBrowserTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private PanelProcess _panel = null!;
    private Chromium _chromium = null!;
    private Seeded _seeded = null!;

    public async Task InitializeAsync()
    {
        _panel = await PanelProcess.StartAsync(_database);
        await using (var db = _database.CreateBareContext())
        {
            _seeded = await ConversationSeeds.TroubledConversationAsync(db);
        }

        _chromium = await Chromium.LaunchAsync();
    }

    [Fact]
    public async Task CrisisFlag_ReviewerFollowsTheBannerAndPicksItUp_ThenAnAdminLooksThePersonUp()
    {
        var reviewer = await _chromium.NewPageAsync(_panel.Address);
        await SignIn.AsAsync(reviewer, "reviewer@example.org");
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 crisis flag");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "See them" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("safety-item")).ToHaveCountAsync(2);
        await Assertions.Expect(reviewer.GetByTestId("safety-item").First).ToContainTextAsync("Crisis flag");
        await Chromium.ScreenshotAsync(reviewer, "safety-queue");

        await reviewer.GetByRole(AriaRole.Link, new() { Name = $"Crisis flag #{_seeded.FlagId}" }).ClickAsync();
        // What Ana typed is on the page as text, markup and all, never run.
        await Assertions.Expect(reviewer.GetByTestId("case-words")).ToHaveTextAsync(ConversationSeeds.CrisisWords);
        await Chromium.ScreenshotAsync(reviewer, "safety-case");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Pick up" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Picked up");
        await Assertions.Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("in review");
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        // A reviewer's menu has no admin pages, and typing their address gets a plain refusal.
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true })).ToHaveCountAsync(0);
        foreach (var adminOnly in new[] { "/people", "/connections", "/accounts" })
        {
            await reviewer.GotoAsync(adminOnly);
            await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Not for this account" })).ToBeVisibleAsync();
        }

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Signed out" })).ToBeVisibleAsync();
        await reviewer.GotoAsync("/safety");
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        var admin = await _chromium.NewPageAsync(_panel.Address, phone: true);
        await SignIn.AsAsync(admin, "admin@example.org");
        await admin.GotoAsync("/people");
        await admin.GetByLabel("Name").FillAsync("ana");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await admin.GetByTestId("person-row").GetByRole(AriaRole.Link, new() { Name = "Ana" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ana");
        await Assertions.Expect(admin.GetByTestId("connection-row")).ToContainTextAsync("Sam");
        await Chromium.ScreenshotAsync(admin, "person-phone");
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _panel.DisposeAsync();
    }

    public void Dispose() => _database.Dispose();
}

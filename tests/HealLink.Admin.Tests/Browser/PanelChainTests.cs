using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;
using Microsoft.Playwright;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// The whole chain a coordinator is part of, with nothing simulated but Telegram: two volunteers onboard as mentors
/// through the real bot process; an admin signs in to the real panel process in Chromium, approves one and rejects
/// the other with a reason; the bot tells each in their chat; a mentee's search then finds the approved mentor.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class PanelChainTests : IAsyncLifetime
{
    private RunningService _service = null!;

    private FakeTelegramServer Telegram => _service.Telegram;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync();

    [Fact]
    public async Task Vetting_ApproveOneRejectAnotherInTheBrowser_BothAreToldAndAMenteeFindsTheApprovedOne()
    {
        var sam = new TelegramChat(Telegram, Telegram.CreateUser("Sam"));
        var tom = new TelegramChat(Telegram, Telegram.CreateUser("Tom"));
        await sam.RunAsync(Scripts.MentorByButtons);
        await tom.RunAsync(Scripts.MentorByButtons.Select(step => step == new ChatStep.Say("Sam") ? new ChatStep.Say("Tom") : step));
        await sam.WaitForAsync("a coordinator will review your profile");

        var page = await _service.Chromium.NewPageAsync(_service.Panel.Address);
        await SignIn.AsAsync(page, "admin@example.org");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentors", Exact = true }).ClickAsync();
        var pending = page.GetByTestId("pending-mentor");
        await Assertions.Expect(pending).ToHaveCountAsync(2);
        await Assertions.Expect(pending.First).ToContainTextAsync("Sam");
        await Assertions.Expect(pending.First).ToContainTextAsync(Scripts.MentorIntro);
        await Chromium.ScreenshotAsync(page, "vetting-queue");

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve Sam" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the mentor is now approved");
        var tomCard = page.GetByTestId("pending-mentor").Filter(new() { HasText = "Tom" });
        await tomCard.GetByLabel("Reason (the mentor reads it)").FillAsync("We ask mentors to wait a year after their own surgery.");
        await tomCard.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No mentor is waiting for review.")).ToBeVisibleAsync();

        await sam.WaitForAsync("a coordinator has approved your mentor profile");
        var rejection = await tom.WaitForAsync("can't approve it as a mentor");
        Assert.Contains("We ask mentors to wait a year after their own surgery.", rejection.Text, StringComparison.Ordinal);

        var maria = new TelegramChat(Telegram, Telegram.CreateUser("Maria"));
        await maria.RunAsync(Scripts.MenteeByButtons);
        await maria.PressAsync("Find my match");
        var cards = await maria.WaitForAsync("Sam");
        Assert.DoesNotContain(maria.Received, m => m.Text.Contains("Tom", StringComparison.Ordinal));
        Assert.Contains("Kidney transplant", cards.Text, StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();
}

using System.Text.RegularExpressions;
using HealLink.Core.Tests;
using HealLink.Core.Tests.Conversations;
using Microsoft.Playwright;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// The icebreakers' model as an admin sees it: the real bot process writes a connection's icebreakers with a real GGUF
/// (stories260K, loaded by LLamaSharp on the mentor's Accept); the health page shows it loaded with the process's memory
/// before and after loading; "Unload the model now" makes that process let go of it, and the page then shows the memory
/// after unloading; the audit log names who asked.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class ModelUnloadBrowserTests : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync(
        "--Llm:Provider=LlamaSharp",
        $"--Llm:ModelPath={SharedModels.Path("gguf-test", "stories260K.gguf")}",
        "--Llm:Seed=7",
        "--ProcessStatus:ReportInterval=00:00:01");

    [Fact]
    public async Task HealthPage_ModelLoadedByAnAccept_ShowsItsMemoryAndUnloadsItWhenAsked()
    {
        var sam = new TelegramChat(_service.Telegram, _service.Telegram.CreateUser("Sam"));
        var maria = new TelegramChat(_service.Telegram, _service.Telegram.CreateUser("Maria"));
        await sam.RunAsync(Scripts.MentorByButtons);
        await sam.WaitForAsync("a coordinator will review your profile");
        var page = await _service.Chromium.NewPageAsync(_service.Panel.Address);
        await SignIn.AsAsync(page, "admin@example.org");
        await page.GotoAsync("/mentors");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve Sam" }).ClickAsync();
        await maria.RunAsync(Scripts.MenteeByButtons);
        await maria.SayAsync("/match");
        await maria.PressAsync("Choose for me");
        await maria.PressAsync("Connect with Sam");
        await sam.WaitForAsync("Maria would like to talk with you.");

        await sam.PressAsync("Accept");
        await maria.WaitForAsync("Sam said yes!");

        await page.GotoAsync("/status");
        var model = page.GetByTestId("model");
        await ReloadUntilAsync(page, model, new Regex("stories260K.gguf: loaded"));
        await Assertions.Expect(model.GetByTestId("model-memory")).ToHaveTextAsync(new Regex(@"before loading \d+ MB,\s+loaded \d+ MB,\s+after unloading —"));
        await Chromium.ScreenshotAsync(page, "health-model-loaded");

        await model.GetByLabel("Reason (kept in the audit log)").FillAsync("Trying the unload button.");
        await model.GetByRole(AriaRole.Button, new() { Name = "Unload the model now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("unloads its model with its next report");
        await ReloadUntilAsync(page, model, new Regex("stories260K.gguf: not loaded"));
        await Assertions.Expect(model.GetByTestId("model-memory")).ToHaveTextAsync(new Regex(@"after unloading \d+ MB"));
        await Assertions.Expect(model).ToContainTextAsync("loaded once, unloaded once");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        var newest = page.GetByTestId("audit-entry").First;
        await Assertions.Expect(newest).ToContainTextAsync("models.unload-now");
        await Assertions.Expect(newest).ToContainTextAsync("Trying the unload button.");
    }

    private static async Task ReloadUntilAsync(IPage page, ILocator locator, Regex text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await locator.CountAsync() == 0 || !text.IsMatch(await locator.InnerTextAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not shown in time: {await page.InnerTextAsync("main")}");
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();
}

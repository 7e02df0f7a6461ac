using Microsoft.Playwright;

namespace HealLink.Admin.Tests.Browser;

internal static class SignIn
{
    public static async Task AsAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(PanelProcess.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" }).WaitForAsync();
    }
}

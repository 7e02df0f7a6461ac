using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;

namespace HealLink.Admin.Tests.Security;

/// <summary>Accounts over HTTP: sign-in, lockout, the per-address limit, roles, suspension and sign-out.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new(settings: new Dictionary<string, string?>
    {
        ["Admin:SessionRecheckInterval"] = "00:00:00",
        ["Admin:SignInAttemptsPerMinute"] = "100",
    });

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenAgainstTheRightOne()
    {
        await _panel.CreateAccountAsync("admin@example.org");
        using var client = _panel.NewClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.SignInAsync("admin@example.org", $"not the password {attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.SignInAsync("admin@example.org", AdminPanelFactory.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked for a while", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/mentors")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPasswordAndUnknownEmail_GetTheSameAnswer()
    {
        await _panel.CreateAccountAsync("admin@example.org");
        using var client = _panel.NewClient();

        var wrong = await (await client.SignInAsync("admin@example.org", "not the password")).Content.ReadAsStringAsync();
        var unknown = await (await client.SignInAsync("nobody@example.org", "not the password")).Content.ReadAsStringAsync();

        Assert.Contains("don&#x27;t match an account", wrong, StringComparison.Ordinal);
        Assert.Contains("don&#x27;t match an account", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_AdminOnlyPages_AreRefusedButVettingAndSafetyAreNot()
    {
        using var reviewer = await _panel.SignedInAsync("rev@example.org", AdminRoles.Reviewer);

        foreach (var adminOnly in new[] { "/accounts" })
        {
            var response = await reviewer.GetAsync(adminOnly);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SuspendedAdmin_OpenSession_EndsAndCannotSignInAgain()
    {
        using var other = await _panel.SignedInAsync("other@example.org");
        using var admin = await _panel.SignedInAsync("admin@example.org");
        var page = await admin.GetPageAsync("/accounts");
        var id = System.Text.RegularExpressions.Regex.Match(page, "/accounts\\?id=([0-9a-f-]+)&amp;handler=Suspend").Groups[1].Value;
        Assert.True(id.Length > 0, page);

        await admin.PostFormAsync("/accounts", $"/accounts?handler=Suspend&id={id}", []);
        var afterSuspension = await other.GetAsync("/mentors");
        var guessed = await (await _panel.NewClient().SignInAsync("other@example.org", "a wrong guess")).Content.ReadAsStringAsync();
        var again = await (await other.SignInAsync("other@example.org", AdminPanelFactory.Password)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, afterSuspension.StatusCode);
        Assert.Contains("/account/sign-in", afterSuspension.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("This account is suspended", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/")).StatusCode);
        // Without the password, a suspended account looks like any other wrong sign-in.
        Assert.Contains("don&#x27;t match an account", guessed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_ThenAPage_AsksToSignInAgain()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");

        var signedOut = await admin.PostFormAsync("/mentors", "/account/sign-out", []);
        var after = await admin.GetAsync("/mentors");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactor_Enabled_SignInAsksForTheAuthenticatorCode()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");
        var settings = await admin.GetPageAsync("/settings/two-factor");
        var key = System.Text.RegularExpressions.Regex.Match(settings, "data-testid=\"authenticator-key\">([a-z0-9 ]+)<").Groups[1].Value;
        await admin.PostFormAsync("/settings/two-factor", "/settings/two-factor?handler=Enable", new() { ["Code"] = Totp.Now(key) });
        Assert.Contains("Two-factor sign-in is on", await admin.GetPageAsync("/settings/two-factor"), StringComparison.Ordinal);
        using var client = _panel.NewClient();

        var password = await client.SignInAsync("admin@example.org", AdminPanelFactory.Password);
        var wrongCode = await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = "000000" });
        var rightCode = await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = Totp.Now(key) });

        Assert.StartsWith("/account/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("That code isn&#x27;t right", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/", rightCode.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/mentors")).StatusCode);
    }
}

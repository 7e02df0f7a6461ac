using System.Net;
using HealLink.Admin.Accounts;
using HealLink.Admin.Tests.Panel;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Admin.Tests.Security;

/// <summary>What guards every request: a session, antiforgery on posts, the headers, the sign-in limit.</summary>
public sealed class RequestGuardTests : IDisposable
{
    private readonly AdminPanelFactory _panel = new(settings: new Dictionary<string, string?> { ["Admin:SignInAttemptsPerMinute"] = "3" });

    public void Dispose() => _panel.Dispose();

    [Fact]
    public async Task EveryPage_WithoutASession_RedirectsToSignIn_ButSignInItselfDoesNot()
    {
        using var anonymous = _panel.NewClient();
        var pages = _panel.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();

        Assert.True(pages.Count >= 8, string.Join(", ", pages));
        foreach (var page in pages.Where(p => !p.StartsWith("/account/", StringComparison.Ordinal) && p != "/error"))
        {
            var response = await anonymous.GetAsync(page.Replace("{id}", "1", StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode}");
            Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        long mentorId;
        await using (var db = await _panel.DatabaseAsync())
        {
            mentorId = await MentorSeeds.PendingMentorAsync(db, "Rosa", "chat-rosa");
        }

        using var admin = await _panel.SignedInAsync("admin@example.org");
        var forged = await admin.PostWithoutTokenAsync($"/mentors?handler=Approve&id={mentorId}", []);
        var signIn = await _panel.NewClient().PostWithoutTokenAsync("/account/sign-in", new() { ["Email"] = "admin@example.org", ["Password"] = AdminPanelFactory.Password });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("That form had expired", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        await using var check = await _panel.DatabaseAsync();
        Assert.Equal(HealLink.Core.People.VettingStatus.Pending, (await check.Profiles.SingleAsync()).VettingStatus);
        Assert.Empty(await check.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task EveryResponse_PagesFilesErrorsAndProbes_CarriesTheSecurityHeaders()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");
        using var anonymous = _panel.NewClient();

        var responses = new[]
        {
            await admin.GetAsync("/"),
            await admin.GetAsync("/mentors"),
            await admin.GetAsync("/no-such-page"),
            await anonymous.GetAsync("/account/sign-in"),
            await anonymous.GetAsync("/mentors"),
            await anonymous.GetAsync("/css/site.css"),
            await anonymous.GetAsync("/health"),
        };

        foreach (var response in responses)
        {
            var where = response.RequestMessage!.RequestUri!.AbsolutePath;
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), where);
            Assert.Equal(Admin.Security.SecurityHeaders.ContentSecurityPolicy, Assert.Single(csp));
            Assert.DoesNotContain("unsafe-inline", csp.Single(), StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp.Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task SignIn_MoreAttemptsPerMinuteThanAllowed_AreTurnedAwayWith429()
    {
        await _panel.CreateAccountAsync("admin@example.org");
        using var client = _panel.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.SignInAsync("admin@example.org", $"guess {attempt}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Cookies_OutsideDevelopment_AreSecureHttpOnlyAndStrict()
    {
        using var production = new AdminPanelFactory("Production");
        await production.CreateAccountAsync("admin@example.org");
        using var client = production.NewClient(new Uri("https://localhost"));

        var signedIn = await client.SignInAsync("admin@example.org", AdminPanelFactory.Password);

        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("heallink-admin=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.True(signedIn.Headers.Contains("Strict-Transport-Security") || signedIn.StatusCode == HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task PlainHttp_OutsideDevelopment_GetsTheHttpsNoteInsteadOfAForm_ButTheProbeAnswers()
    {
        using var production = new AdminPanelFactory("Production");
        using var client = production.NewClient(new Uri("http://localhost"));

        var signIn = await client.GetAsync("/account/sign-in");
        var probe = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.StartsWith("The HealLink panel works over HTTPS only.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Fact]
    public async Task PlainHttp_RequireHttpsOff_SignsInWithCookiesThatAreNotSecure()
    {
        using var local = new AdminPanelFactory("Production", new Dictionary<string, string?> { ["Admin:RequireHttps"] = "false" });
        await local.CreateAccountAsync("admin@example.org");
        using var client = local.NewClient(new Uri("http://localhost"));

        var signedIn = await client.SignInAsync("admin@example.org", AdminPanelFactory.Password);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("heallink-admin=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CreateAndSuspendAccounts_EachActionIsInTheAuditLog()
    {
        using var admin = await _panel.SignedInAsync("admin@example.org");

        await admin.PostFormAsync("/accounts", "/accounts?handler=Create", new() { ["email"] = "rev@example.org", ["role"] = AdminRoles.Reviewer, ["password"] = AdminPanelFactory.Password });
        var page = await admin.GetPageAsync("/accounts");
        var id = System.Text.RegularExpressions.Regex.Match(page, "/accounts\\?id=([0-9a-f-]+)&amp;handler=Suspend").Groups[1].Value;
        await admin.PostFormAsync("/accounts", $"/accounts?id={id}&handler=Suspend", []);

        await using var db = await _panel.DatabaseAsync();
        var audit = await db.AuditEntries.Where(a => a.Actor == "admin@example.org").OrderBy(a => a.Id).Select(a => new { a.Action, a.Reason }).ToListAsync();
        Assert.Equal([("account.create.reviewer", "rev@example.org"), ("account.suspend", "rev@example.org")], audit.Select(a => (a.Action, a.Reason)));
    }
}

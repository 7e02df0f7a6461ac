using HealLink.Admin.Accounts;
using HealLink.Admin.Security;
using HealLink.Admin.Service;
using HealLink.Core.Coordination;
using HealLink.Core.Safety.Casework;
using HealLink.Core.Vetting;

namespace HealLink.Admin;

/// <summary>
/// The panel's pages and who may reach them, by folder: reviewers vet mentors and handle safety; everything else
/// is for admins. Antiforgery is on for every form post (Razor Pages' default); every page needs a session
/// (the fallback policy) except signing in.
/// </summary>
public static class AdminPages
{
    private static readonly string[] _adminOnlyFolders = ["/People", "/Connections", "/Jobs", "/Health", "/Audit", "/Accounts"];

    public static WebApplicationBuilder AddAdminPanel(this WebApplicationBuilder builder)
    {
        builder.Services.AddMentorVetting();
        builder.Services.AddSafetyCasework();
        builder.Services.AddPeopleDirectory();
        builder.AddServicePanel();
        builder.Services.AddAdminAccounts(builder.Configuration, builder.Environment);
        builder.Services.AddSignInRateLimit();
        builder.Services.AddTransportSecurity();
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "heallink-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = TransportSecurity.CookiePolicy(builder.Configuration, builder.Environment);
        });
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", AdminPolicies.Coordinator);
            foreach (var adminOnly in _adminOnlyFolders)
            {
                pages.Conventions.AuthorizeFolder(adminOnly, AdminPolicies.AdminOnly);
            }

            // Signing in and out, and the error page; a signed-in coordinator's own settings are under /Settings.
            pages.Conventions.AllowAnonymousToFolder("/Account");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });
        return builder;
    }

    public static WebApplication UseAdminPanel(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseTransportSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}

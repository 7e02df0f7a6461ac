using HealLink.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealLink.Admin.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Coordinators' accounts with ASP.NET Core Identity on the shared database: hashed passwords, lockout, optional
    /// TOTP, roles, and a cookie session re-checked against the account's security stamp.
    /// </summary>
    public static IServiceCollection AddAdminAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<AdminAccountsDbContext>((provider, options) => options.UseHealLinkDatabase(provider));

        services.AddIdentity<AdminUser, IdentityRole>()
            .AddEntityFrameworkStores<AdminAccountsDbContext>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AdminOptions>>((identity, admin) =>
        {
            identity.Password.RequiredLength = admin.Value.MinimumPasswordLength;
            // Length over composition rules (NIST SP 800-63B): a long passphrase is stronger than "Passw0rd!".
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = admin.Value.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = admin.Value.LockoutDuration;
            identity.User.RequireUniqueEmail = true;
            identity.SignIn.RequireConfirmedAccount = false;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AdminOptions>>((stamp, admin) =>
            stamp.ValidationInterval = admin.Value.SessionRecheckInterval);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "heallink-admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = Security.TransportSecurity.CookiePolicy(configuration, environment);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/denied";
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AdminOptions>>((cookie, admin) => cookie.ExpireTimeSpan = admin.Value.SessionIdleTimeout);
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = Security.TransportSecurity.CookiePolicy(configuration, environment);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.Coordinator, policy => policy.RequireRole(AdminRoles.Admin, AdminRoles.Reviewer))
            .AddPolicy(AdminPolicies.AdminOnly, policy => policy.RequireRole(AdminRoles.Admin))
            // Every endpoint needs a session unless it says otherwise (sign-in, health probes).
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddScoped<AdminAccounts>();
        return services;
    }
}

using HealLink.Admin.Accounts;
using Microsoft.AspNetCore.HttpOverrides;

namespace HealLink.Admin.Security;

/// <summary>
/// The panel holds people's health stories, so outside development it works over HTTPS only: behind a
/// TLS-terminating proxy on this machine (whose X-Forwarded-Proto is trusted, as from loopback), or not at all. A
/// plain-HTTP request gets a page saying so, never a half-working form whose Secure cookies the browser drops.
/// <see cref="AdminOptions.RequireHttps"/> = false allows plain HTTP for a first look on one's own machine.
/// </summary>
public static class TransportSecurity
{
    public static bool IsRequired(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsDevelopment()
        && (configuration.GetSection(AdminOptions.SectionName).Get<AdminOptions>() ?? new AdminOptions()).RequireHttps;

    public static CookieSecurePolicy CookiePolicy(IConfiguration configuration, IHostEnvironment environment) =>
        IsRequired(configuration, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!IsRequired(app.Configuration, app.Environment))
        {
            return app;
        }

        app.UseHsts();
        app.Use(async (context, next) =>
        {
            // The probes and the scrape stay reachable: a load balancer or Prometheus often asks over plain HTTP inside
            // the network, and neither answer holds anything about a person.
            if (context.Request.IsHttps
                || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "The HealLink panel works over HTTPS only. Open it through your TLS proxy (https://…), or, for a first "
                + "look on your own machine, start it with --Admin:RequireHttps=false.",
                context.RequestAborted);
        });
        return app;
    }
}

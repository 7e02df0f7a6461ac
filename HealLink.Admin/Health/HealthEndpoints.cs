namespace HealLink.Admin.Health;

public static class HealthEndpoints
{
    public static IHostApplicationBuilder AddAdminHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static IEndpointRouteBuilder MapAdminHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous: a load balancer or an uptime check asks without a session, and learns only "Healthy" or not.
        endpoints.MapHealthChecks("/health").AllowAnonymous();
        return endpoints;
    }
}

using HealLink.Core.Service.Metrics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace HealLink.Admin.Health;

public static class HealthEndpoints
{
    // ASP.NET Core's own meter: request counts and durations by route, beside the service's.
    private const string AspNetCoreMeterName = "Microsoft.AspNetCore.Hosting";

    public static IHostApplicationBuilder AddAdminHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddHealLinkMetricsExport(
            builder.Configuration,
            metrics => metrics.AddMeter(AspNetCoreMeterName).AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    public static IEndpointRouteBuilder MapAdminHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous: a load balancer or an uptime check asks without a session, and learns only "Healthy" or not.
        endpoints.MapHealthChecks("/health").AllowAnonymous();

        // Live: the process answers, whatever the database does, so an orchestrator restarts only a hung panel.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready").AllowAnonymous();

        // Counts and durations only, nothing about any person; Prometheus scrapes without a session.
        endpoints.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return endpoints;
    }
}

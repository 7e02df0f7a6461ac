using HealLink.Core.Icebreakers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace HealLink.Core.Service.Metrics;

public static class MetricsExport
{
    // .NET's own meter: memory, GC and thread-pool figures beside ours, at no cost to write.
    private const string RuntimeMeterName = "System.Runtime";

    /// <summary>
    /// OpenTelemetry metrics for our meters and the runtime's, with <see cref="MetricsOptions"/> validated at start-up:
    /// the host adds its scrape exporter (Prometheus needs ASP.NET Core, which Core does not reference), and OTLP is
    /// added when <see cref="MetricsOptions.OtlpEndpoint"/> is set.
    /// </summary>
    public static IServiceCollection AddHealLinkMetricsExport(
        this IServiceCollection services, IConfiguration configuration, Action<MeterProviderBuilder> addScrapeExporter)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(addScrapeExporter);
        var section = configuration.GetSection(MetricsOptions.SectionName);
        services.AddOptions<MetricsOptions>()
            .Bind(section)
            .Validate(o => o.OtlpEndpoint is null || o.OtlpEndpoint.IsAbsoluteUri, "Metrics:OtlpEndpoint must be an absolute address, such as http://localhost:4317.")
            .ValidateOnStart();
        var otlp = section.Get<MetricsOptions>()?.OtlpEndpoint;
        services.AddHealLinkMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(HealLinkMetrics.MeterName, IcebreakerMetrics.MeterName, RuntimeMeterName);
            addScrapeExporter(metrics);
            if (otlp is { IsAbsoluteUri: true })
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            }
        });
        return services;
    }
}

using HealLink.Bot.Channels;
using HealLink.Core.Service.Health;
using HealLink.Core.Service.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace HealLink.Bot.Health;

public static class HealthHostBuilderExtensions
{
    /// <summary>
    /// Metrics exported with OpenTelemetry (OTLP when configured), and, when <see cref="HealthOptions.ListenUrl"/> is
    /// set, the listener for probes and the Prometheus scrape, started before the channels so a probe answers early.
    /// </summary>
    public static IHostApplicationBuilder AddHealthAndMetrics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(HealthOptions.SectionName);
        builder.Services.AddOptions<HealthOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(
                o => o.ListenUrl is null || Uri.TryCreate(o.ListenUrl, UriKind.Absolute, out _),
                "Health:ListenUrl must be an address to listen on, such as http://127.0.0.1:8081.")
            .ValidateOnStart();
        builder.Services.AddHealLinkMetricsExport(
            builder.Configuration,
            metrics => metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        if (string.IsNullOrWhiteSpace(section[nameof(HealthOptions.ListenUrl)]))
        {
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ChannelStatuses>();
        builder.Services.TryAddSingleton<ServiceHealth>();
        builder.Services.TryAddSingleton<ReadinessProbe>();
        builder.Services.TryAddSingleton<HealthListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HealthListener>());
        return builder;
    }
}

namespace HealLink.Core.Service.Metrics;

/// <summary>Where metrics go besides the Prometheus scrape endpoint. Section: <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>An OpenTelemetry collector to push metrics to over OTLP (e.g. http://localhost:4317); none when unset.</summary>
    public Uri? OtlpEndpoint { get; set; }
}

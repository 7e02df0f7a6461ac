using HealLink.Core.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace HealLink.Bot.Health;

/// <summary>
/// A small HTTP listener of its own (the bot is otherwise a plain host): /health/live answers while the process runs,
/// /health/ready says whether it can work (503 when not, with the reasons), /metrics is the Prometheus scrape.
/// </summary>
internal sealed class HealthListener(ReadinessProbe probe, MeterProvider meterProvider, IOptions<HealthOptions> options)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens once started (the port is known only then when it was 0).</summary>
    public IReadOnlyList<string> ListeningOn => _app?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.ListenUrl!);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/health/live", () => Results.Text("live"));
        _app.MapGet("/health/ready", async (CancellationToken requestAborted) =>
        {
            var readiness = await probe.CheckAsync(requestAborted);
            return Results.Json(readiness, statusCode: readiness.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        // The host's meter provider, not the listener's own services: the instruments live in the host.
        _app.MapPrometheusScrapingEndpoint("/metrics", meterProvider, configureBranchedPipeline: null, optionsName: null);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            // Kestrel's "address already in use" and the like: a setting to change, not a bug to trace.
            throw new StartupException(
                $"Health:ListenUrl {options.Value.ListenUrl} cannot be listened on ({exception.Message}). Choose a free port, or port 0 for any free one.");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

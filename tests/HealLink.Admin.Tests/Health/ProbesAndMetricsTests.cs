using System.Net;
using HealLink.Bot.Tests.Health;
using HealLink.Core.Tests.Storage;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HealLink.Admin.Tests.Health;

/// <summary>The panel's probes and Prometheus scrape, anonymous, over real HTTP on a loopback port.</summary>
[Collection(nameof(CountersRunAlone))]
public sealed class ProbesAndMetricsTests : IDisposable
{
    private const string RequestDuration = "http_server_request_duration_seconds_count";

    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Probes_FreshDatabase_LiveAndReadyAnswerHealthyWithoutASession()
    {
        await using var sut = StartPanel();
        using var client = sut.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_ProbesAsked_ParseAsPrometheusTextAndCountTheRequests()
    {
        await using var sut = StartPanel();
        using var client = sut.CreateClient();
        var before = await ScrapeAsync(client);

        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        }

        // ASP.NET Core records a request's duration as the request ends on the server, which can come just after the
        // response reached the client: the scrape is repeated (a few seconds at most) until the three are in.
        var route = ("http_route", "/health/live");
        var after = await ScrapeAsync(client);
        for (var tries = 0; after.Sum(RequestDuration, route) - before.Sum(RequestDuration, route) < 3 && tries < 50; tries++)
        {
            await Task.Delay(100);
            after = await ScrapeAsync(client);
        }

        Assert.Equal("histogram", after.Types["http_server_request_duration_seconds"]);
        Assert.Equal(3, after.Sum(RequestDuration, route) - before.Sum(RequestDuration, route));
    }

    public void Dispose() => _database.Dispose();

    private WebApplicationFactory<Program> StartPanel()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in _database.Settings)
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }
}

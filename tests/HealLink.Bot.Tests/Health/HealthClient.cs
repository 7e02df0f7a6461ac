using System.Net;
using System.Text.Json;

namespace HealLink.Bot.Tests.Health;

/// <summary>Asks a health listener over real HTTP, as a probe or Prometheus would.</summary>
internal sealed class HealthClient(string baseUrl) : IDisposable
{
    // Generous: on a loaded machine (two cores shared by several builds) one answer has taken over 10 s.
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

    public async Task<HttpStatusCode> LiveAsync()
    {
        using var response = await _http.GetAsync(new Uri("/health/live", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>The status and the JSON body (cloned, so it outlives the response), and the body as sent.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body, string Raw)> ReadyAsync()
    {
        using var response = await _http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(raw);
        return (response.StatusCode, json.RootElement.Clone(), raw);
    }

    public async Task<PrometheusText> ScrapeAsync()
    {
        using var response = await _http.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asks again until <paramref name="condition"/> holds of the answer; the last answer either way.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var answer = await ask();
            if (condition(answer) || DateTime.UtcNow > deadline)
            {
                return answer;
            }

            await Task.Delay(100);
        }
    }

    public void Dispose() => _http.Dispose();
}

using System.Globalization;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>What the reliability runs ask of the fake server beyond the rest of its tests: random faults, and who called.</summary>
public sealed class FakeServerAdditionsTests
{
    private const int Calls = 60;

    [Fact]
    public async Task FailAtRandom_SameSeed_FailsTheSameCallsWithTheGivenFaults()
    {
        var first = await StatusesAsync(seed: 7, clearAfter: Calls);
        var again = await StatusesAsync(seed: 7, clearAfter: Calls);

        Assert.Equal(first, again);
        Assert.Contains(429, first);
        Assert.Contains(503, first);
        Assert.Contains(200, first);
        Assert.All(first, status => Assert.Contains(status, new[] { 200, 429, 503 }));
    }

    [Fact]
    public async Task ClearFaults_AfterFailAtRandom_EveryCallIsAnsweredNormally()
    {
        var statuses = await StatusesAsync(seed: 7, clearAfter: 0);

        Assert.All(statuses, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task Calls_ClientsNamingTheFakeDifferently_AreToldApartByHost()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        string[] hosts = ["127.0.0.1", "localhost"];
        foreach (var host in hosts)
        {
            using var http = new HttpClient();
            using var response = await http.PostAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{sut.BaseUrl.Port}/bot{sut.Token}/getMe")), null);
        }

        Assert.Equal(hosts.Select(h => $"{h}:{sut.BaseUrl.Port}"), sut.Calls.Select(c => c.Host));
    }

    [Fact]
    public async Task Calls_ClientsGivenDifferentPorts_AreToldApartByHost()
    {
        await using var sut = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { Ports = 3 });
        foreach (var address in sut.BaseUrls)
        {
            using var http = new HttpClient();
            using var response = await http.PostAsync(new Uri(address, $"/bot{sut.Token}/getMe"), null);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, sut.BaseUrls.Select(u => u.Port).Distinct().Count());
        Assert.Equal(sut.BaseUrls.Select(u => u.Authority), sut.Calls.Select(c => c.Host));
    }

    /// <summary>The statuses of getMe called <see cref="Calls"/> times, faults cleared after the first <paramref name="clearAfter"/>.</summary>
    private static async Task<List<int>> StatusesAsync(int seed, int clearAfter)
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(sut.BaseUrl, $"/bot{sut.Token}/") };
        sut.FailAtRandom("getMe", 0.3, seed, new FakeFault.TooManyRequests(1), new FakeFault.ServerError(503));
        var statuses = new List<int>();
        for (var i = 0; i < Calls; i++)
        {
            if (i == clearAfter)
            {
                sut.ClearFaults();
            }

            using var response = await http.PostAsync(new Uri("getMe", UriKind.Relative), null);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}

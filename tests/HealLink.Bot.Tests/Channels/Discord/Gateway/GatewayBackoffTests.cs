using System.Net;
using System.Net.Sockets;
using HealLink.Bot.Channels.Discord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayBackoffTests
{
    [Fact]
    public void Next_RepeatedFailures_DoublesFromOneSecondUpToSixty()
    {
        var sut = new GatewayBackoff(new FixedRandom(0.5));

        var delays = Enumerable.Range(0, 8).Select(_ => sut.Next().TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], delays);
    }

    [Theory]
    [InlineData(0.0, 750)]
    [InlineData(0.999, 1250)]
    public void Next_Jitter_StaysWithinQuarterSecond(double random, int expectedMilliseconds)
    {
        var sut = new GatewayBackoff(new FixedRandom(random));

        Assert.Equal(expectedMilliseconds, sut.Next().TotalMilliseconds, tolerance: 1);
    }

    [Fact]
    public void Reset_AfterSuccess_StartsAgainAtOneSecond()
    {
        var sut = new GatewayBackoff(new FixedRandom(0.5));
        sut.Next();
        sut.Next();

        sut.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), sut.Next());
    }

    [Fact]
    public async Task RunAsync_GatewayUnreachable_WaitsGrowingDelays()
    {
        var closedPort = $"127.0.0.1:{UnusedPort()}";
        await using var harness = await GatewayHarness.StartAsync(configure: o =>
        {
            o.ApiBaseUrl = $"http://{closedPort}/api/v10";
            o.GatewayUrl = $"ws://{closedPort}/gateway";
        });

        await harness.WaitUntilAsync(() => harness.Delays.Of(GatewayDelayReason.Backoff).Count >= 5);

        var delays = harness.Delays.Of(GatewayDelayReason.Backoff).Take(5).Select(d => d.TotalSeconds);
        Assert.Equal([1, 2, 4, 8, 16], delays);
        Assert.False(harness.Status.Current.Healthy);
    }

    [Fact]
    public async Task RunAsync_ReconnectAfterReady_BackoffStartsAgainAtOneSecond()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();

        harness.Fake.DropConnection();
        await harness.WaitUntilResumedAsync(times: 1);
        harness.Fake.DropConnection();
        await harness.WaitUntilResumedAsync(times: 2);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], harness.Delays.Of(GatewayDelayReason.Backoff));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

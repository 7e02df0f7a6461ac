namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayShutdownTests
{
    [Fact]
    public async Task RunAsync_Cancelled_SendsCloseFrameAndCompletes()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();

        await harness.StopAsync();

        Assert.True(harness.Run.IsCompletedSuccessfully);
        await harness.WaitUntilAsync(() => harness.Fake.ClientCloseCodes.Count == 1);
        Assert.Equal([1000], harness.Fake.ClientCloseCodes);
        Assert.Equal(1, harness.Fake.ConnectionCount);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileUnreachable_Completes()
    {
        await using var harness = await GatewayHarness.StartAsync(configure: o =>
        {
            o.ApiBaseUrl = "http://127.0.0.1:1/api/v10";
            o.GatewayUrl = "ws://127.0.0.1:1/gateway";
        });
        await harness.WaitUntilAsync(() => harness.Delays.Delays.Count >= 2);

        await harness.StopAsync();

        Assert.True(harness.Run.IsCompletedSuccessfully);
    }
}

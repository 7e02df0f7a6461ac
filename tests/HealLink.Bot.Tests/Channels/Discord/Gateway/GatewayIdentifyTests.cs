using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.FakeDiscord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayIdentifyTests
{
    [Fact]
    public async Task RunAsync_NoThreadChannel_IdentifiesWithDirectMessageIntentsOnly()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.WaitUntilReadyAsync();

        var identify = Assert.Single(harness.Fake.Identifies);
        Assert.Equal(4096, identify.Intents);
        Assert.Equal(("linux", "heallink", "heallink"), (identify.Os, identify.Browser, identify.Device));
    }

    [Fact]
    public async Task RunAsync_ThreadChannelSet_IdentifiesWithGuildMessageAndContentIntents()
    {
        await using var harness = await GatewayHarness.StartAsync(configure: o => o.ThreadChannelId = "1200000000000000001");

        await harness.WaitUntilReadyAsync();

        Assert.Equal(37377, Assert.Single(harness.Fake.Identifies).Intents);
    }

    [Fact]
    public async Task RunAsync_Ready_RemembersBotIdentityAndReportsHealthy()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.WaitUntilReadyAsync();

        var sut = harness.Sut;
        Assert.Equal(harness.Fake.BotUserId, sut.Identity!.UserId);
        Assert.Equal(harness.Fake.ApplicationId, sut.Identity.ApplicationId);
        Assert.True(harness.Status.Current.Healthy);
    }

    [Fact]
    public async Task RunAsync_Connecting_AsksForVersion10AndPlainJson()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.WaitUntilReadyAsync();

        var connection = Assert.Single(harness.Fake.Connections);
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
    }

    [Fact]
    public async Task RunAsync_NoIdentifiesLeft_WaitsResetAfterBeforeIdentifying()
    {
        var identifiesDuringWait = -1;
        await using var harness = await GatewayHarness.StartAsync(arrange: fake =>
        {
            fake.SessionStartRemaining = 0;
            fake.SessionStartResetAfter = TimeSpan.FromSeconds(7);
        });
        harness.Delays.OnDelay = (_, reason) =>
        {
            if (reason == GatewayDelayReason.IdentifyBudget)
            {
                identifiesDuringWait = harness.Fake.IdentifyCount;
            }
        };

        await harness.WaitUntilReadyAsync();

        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Delays.Of(GatewayDelayReason.IdentifyBudget));
        Assert.Equal(0, identifiesDuringWait);
        Assert.Equal(1, harness.Fake.IdentifyCount);
    }

    [Fact]
    public async Task RunAsync_GatewayBotUnreachable_ConnectsToConfiguredGatewayUrl()
    {
        await using var harness = await GatewayHarness.StartAsync(configure: o => o.ApiBaseUrl = "http://127.0.0.1:1/api/v10");

        await harness.WaitUntilReadyAsync();

        Assert.Equal(1, harness.Fake.IdentifyCount);
        Assert.Equal(FakeGateway.ResumePath, harness.Fake.ResumeUrl.AbsolutePath);
    }
}

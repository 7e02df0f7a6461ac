using HealLink.FakeDiscord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task RunAsync_AfterDispatches_HeartbeatsCarryLastSequence()
    {
        await using var harness = await GatewayHarness.StartReadyAsync(arrange: fake => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(200));

        // READY is s=1, the message s=2.
        await harness.SendAndWaitAsync(harness.Fake.CreateUser(), "hello");

        await harness.WaitUntilAsync(() => harness.Fake.Heartbeats.Contains(2));
        Assert.DoesNotContain(harness.Fake.Heartbeats, s => s > 2);
    }

    [Fact]
    public async Task RunAsync_ServerRequestsHeartbeat_BeatsAtOnce()
    {
        // The first scheduled beat is 30 s away (interval × jitter 0.5): any beat now answers the request.
        await using var harness = await GatewayHarness.StartReadyAsync(arrange: fake => fake.HeartbeatInterval = TimeSpan.FromSeconds(60));

        harness.Fake.RequestHeartbeat();

        await harness.WaitUntilAsync(() => harness.Fake.Heartbeats.Count == 1);
        Assert.Equal([1L], harness.Fake.Heartbeats);
    }

    [Fact]
    public async Task RunAsync_HeartbeatsNotAcknowledged_ReconnectsAndResumesWithMissedEventOnce()
    {
        await using var harness = await GatewayHarness.StartReadyAsync(arrange: fake => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(200));
        var user = harness.Fake.CreateUser();

        harness.Fake.StopAckingHeartbeats();
        var missed = harness.Fake.DispatchMessageCreate(user, "sent while the connection was a zombie");

        await harness.WaitUntilAsync(() => harness.Handler.MessageIds.Contains(missed));
        await harness.SendAndWaitAsync(user, "after the resume");
        Assert.Equal(1, harness.Fake.ResumeCount);
        Assert.Equal(1, harness.Fake.IdentifyCount);
        Assert.Equal(FakeGateway.ResumePath, harness.Fake.Connections[1].Path);
        Assert.Single(harness.Handler.MessageIds, missed);
        Assert.Contains(harness.Logs.Lines, line => line.Contains("zombie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ConnectionNeverSaysHello_GivesItUpAndConnectsAgain()
    {
        await using var harness = await GatewayHarness.StartAsync(arrange: fake => fake.WithholdHelloFromNextConnections = 1);

        await harness.WaitUntilReadyAsync();

        Assert.Equal(2, harness.Fake.ConnectionCount);
        Assert.Equal(1, harness.Fake.IdentifyCount);
    }
}

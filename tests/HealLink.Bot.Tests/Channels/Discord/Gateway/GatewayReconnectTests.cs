using HealLink.Bot.Channels.Discord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task RunAsync_ReconnectRequested_ResumesWithoutLosingOrRepeatingEvents()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        var user = harness.Fake.CreateUser();
        await harness.SendAndWaitAsync(user, "one");

        harness.Fake.SendReconnect();
        harness.Fake.DispatchMessageCreate(user, "two");
        harness.Fake.DispatchMessageCreate(user, "three");

        await harness.WaitUntilAsync(() => harness.Handler.MessageContents.Count == 3 && harness.Fake.ResumeCount == 1);
        await harness.SendAndWaitAsync(user, "four");
        Assert.Equal(["one", "two", "three", "four"], harness.Handler.MessageContents);
        Assert.Equal(1, harness.Fake.IdentifyCount);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Fake.SendInvalidSession(resumable: true);

        await harness.WaitUntilAsync(() => harness.Fake.ResumeCount == 1 && harness.Fake.ActiveSessionCount == 1);
        await harness.SendAndWaitAsync(harness.Fake.CreateUser(), "still here");
        Assert.Equal(1, harness.Fake.IdentifyCount);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsOneToFiveSecondsAndIdentifiesAgain()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Fake.SendInvalidSession(resumable: false);

        await harness.WaitUntilAsync(() => harness.Fake.IdentifyCount == 2 && harness.Fake.ActiveSessionCount == 1);
        await harness.SendAndWaitAsync(harness.Fake.CreateUser(), "new session");
        Assert.Equal(0, harness.Fake.ResumeCount);
        var wait = Assert.Single(harness.Delays.Of(GatewayDelayReason.InvalidSession));
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RunAsync_ConnectionDroppedWithoutCloseFrame_ResumesAndGetsEventsSentMeanwhile()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        var user = harness.Fake.CreateUser();

        harness.Fake.DropConnection();
        var meanwhile = harness.Fake.DispatchMessageCreate(user, "while the line was down");

        await harness.WaitUntilAsync(() => harness.Handler.MessageIds.Contains(meanwhile) && harness.Fake.ResumeCount == 1);
        Assert.Equal(1, harness.Fake.IdentifyCount);
        Assert.Single(harness.Handler.MessageIds, meanwhile);
    }

    [Fact]
    public async Task RunAsync_Closed4009_StartsNewSession()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Fake.Close(4009);

        await harness.WaitUntilAsync(() => harness.Fake.IdentifyCount == 2 && harness.Fake.ActiveSessionCount == 1);
        Assert.Equal(0, harness.Fake.ResumeCount);
    }

    [Fact]
    public async Task RunAsync_ClosedWithResumableCode_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Fake.Close(4000);

        await harness.WaitUntilAsync(() => harness.Fake.ResumeCount == 1 && harness.Fake.ActiveSessionCount == 1);
        Assert.Equal(1, harness.Fake.IdentifyCount);
    }

    [Fact]
    public async Task RunAsync_ResumeOfForgottenSession_IdentifiesAgain()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Fake.ForgetSession();
        harness.Fake.DropConnection();

        await harness.WaitUntilAsync(() => harness.Fake.IdentifyCount == 2 && harness.Fake.ActiveSessionCount == 1);
        await harness.SendAndWaitAsync(harness.Fake.CreateUser(), "new session");
        Assert.Equal(1, harness.Fake.ResumeCount);
    }
}

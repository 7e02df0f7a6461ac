using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.FakeDiscord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task RunAsync_ReconnectRequested_ResumesWithoutLosingOrRepeatingEvents()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
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
    public async Task RunAsync_ResumeAddressKeepsRefusing_StartsANewSessionAfterThreeTries()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();
        harness.Fake.RefuseResumeConnections = true;

        harness.Fake.DropConnection();

        await harness.WaitUntilAsync(() => harness.Fake.IdentifyCount == 2);
        await harness.SendAndWaitAsync(user, "after a new session");
        Assert.Equal(0, harness.Fake.ResumeCount);
        Assert.Equal(["after a new session"], harness.Handler.MessageContents);
    }

    [Theory]
    [InlineData("op 9 d:true")]
    [InlineData("drop without close frame")]
    [InlineData("close 4000")]
    [InlineData("close 4008")]
    public async Task RunAsync_ResumableInterruption_ResumesAndGetsEventSentMeanwhileOnce(string interruption)
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();

        Interrupt(harness.Fake, interruption);
        var meanwhile = harness.Fake.DispatchMessageCreate(user, "while the line was down");

        await harness.WaitUntilAsync(() => harness.Handler.MessageIds.Contains(meanwhile) && harness.Fake.ResumeCount == 1);
        await harness.SendAndWaitAsync(user, "after");
        Assert.Equal(1, harness.Fake.IdentifyCount);
        Assert.Single(harness.Handler.MessageIds, meanwhile);
        Assert.Equal(FakeGateway.ResumePath, harness.Fake.Connections[^1].Path);
    }

    [Theory]
    [InlineData("op 9 d:false")]
    [InlineData("close 4007")]
    [InlineData("close 4009")]
    [InlineData("session forgotten, then drop")]
    public async Task RunAsync_SessionEnded_IdentifiesNewSession(string ending)
    {
        await using var harness = await GatewayHarness.StartReadyAsync();

        Interrupt(harness.Fake, ending);

        await harness.WaitUntilAsync(() => harness.Fake.IdentifyCount == 2 && harness.Fake.ActiveSessionCount == 1);
        await harness.SendAndWaitAsync(harness.Fake.CreateUser(), "new session");
        Assert.Equal("/gateway", harness.Fake.Connections[^1].Path);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsOneToFiveSecondsBeforeIdentifying()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();

        harness.Fake.SendInvalidSession(resumable: false);

        await harness.WaitUntilAsync(() => harness.Fake.IdentifyCount == 2);
        Assert.Equal(0, harness.Fake.ResumeCount);
        var wait = Assert.Single(harness.Delays.Of(GatewayDelayReason.InvalidSession));
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    private static void Interrupt(FakeGateway fake, string how)
    {
        switch (how)
        {
            case "op 9 d:true":
                fake.SendInvalidSession(resumable: true);
                break;
            case "op 9 d:false":
                fake.SendInvalidSession(resumable: false);
                break;
            case "drop without close frame":
                fake.DropConnection();
                break;
            case "session forgotten, then drop":
                fake.ForgetSession();
                fake.DropConnection();
                break;
            default:
                fake.Close(int.Parse(how["close ".Length..], System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}

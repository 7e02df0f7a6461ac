using HealLink.Bot.Channels.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task WaitTurnAsync_Over110FramesInAMinute_WaitsForTheNextToken()
    {
        var delays = new RecordingGatewayDelay();
        var sut = new GatewaySendLimiter(new FakeTimeProvider(), delays);

        for (var i = 0; i < 111; i++)
        {
            await sut.WaitTurnAsync(CancellationToken.None);
        }

        var wait = Assert.Single(delays.Of(GatewayDelayReason.SendLimit));
        Assert.Equal(60.0 / 110, wait.TotalSeconds, tolerance: 0.001);
    }
}

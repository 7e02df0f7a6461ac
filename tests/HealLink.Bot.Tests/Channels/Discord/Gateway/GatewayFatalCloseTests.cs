using HealLink.Bot.Channels.Discord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayFatalCloseTests
{
    [Fact]
    public async Task RunAsync_Closed4004_StopsWithOneLineFatalErrorAndNeverReconnects()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();

        harness.Fake.Close(4004);

        var fatal = await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(4004, fatal.CloseCode);
        Assert.Contains("4004", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken", fatal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', fatal.Message);
        Assert.Equal(1, harness.Fake.ConnectionCount);
        Assert.False(harness.Status.Current.Healthy);
    }

    [Fact]
    public async Task RunAsync_PrivilegedIntentNotEnabled_StopsWithMessageNamingTheIntent()
    {
        await using var harness = await GatewayHarness.StartAsync(
            arrange: fake => fake.RejectPrivilegedIntents = true,
            configure: o => o.ThreadChannelId = "1200000000000000001");

        var fatal = await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(4014, fatal.CloseCode);
        Assert.Contains("Message Content", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:ThreadChannelId", fatal.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Fake.ConnectionCount);
    }

    [Fact]
    public async Task RunAsync_TokenRejectedByGatewayBot_StopsWithoutConnecting()
    {
        await using var harness = await GatewayHarness.StartAsync(configure: o => o.BotToken = "MTIz.wrong.token");

        var fatal = await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Null(fatal.CloseCode);
        Assert.Contains("Discord:BotToken", fatal.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Fake.ConnectionCount);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains("MTIz.wrong.token", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    public async Task RunAsync_OtherFatalCloseCodes_StopWithoutReconnecting(int code)
    {
        await using var harness = await GatewayHarness.StartReadyAsync();

        harness.Fake.Close(code);

        var fatal = await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), fatal.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Fake.ConnectionCount);
    }
}

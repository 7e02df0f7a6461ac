using HealLink.Bot.Channels.Discord.Rest;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

public sealed class DiscordRateLimitTests
{
    [Fact]
    public async Task SendAsync_30ConcurrentToOneChannel_AllDeliveredWithoutViolations()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();

        var sends = Enumerable.Range(0, 30).Select(n =>
            harness.Messages.SendAsync(channel, new DiscordNewMessage($"part {n}") { Nonce = $"n-{n}" }, harness.Ct));
        var results = await Task.WhenAll(sends);

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Failure?.ToString()));
        Assert.Equal(30, harness.Fake.Messages(channel).Count);
        Assert.True(harness.Fake.RateLimitViolations == 0, harness.Fake.DescribeRequests());
    }

    [Fact]
    public async Task SendAsync_OneChannelExhausted_OtherChannelStillSends()
    {
        // A window far longer than the client waits by itself: a shared bucket would hold the second channel back.
        await using var harness = await DiscordRestHarness.StartAsync();
        harness.Fake.SetRouteLimit(FakeRest.MessagesRoute, new FakeRouteLimit(5, TimeSpan.FromSeconds(60)));
        var (_, busy) = await harness.OpenDmAsync("Ada");
        var (_, quiet) = await harness.OpenDmAsync("Bo");
        for (var n = 0; n < 5; n++)
        {
            Assert.True((await harness.Messages.SendAsync(busy, new DiscordNewMessage($"m{n}"), harness.Ct)).IsSuccess);
        }

        var sixth = await harness.Messages.SendAsync(busy, new DiscordNewMessage("one too many"), harness.Ct);
        var elsewhere = await harness.Messages.SendAsync(quiet, new DiscordNewMessage("hello"), harness.Ct);

        Assert.Equal(DiscordOutcome.RetryAfter, sixth.Outcome);
        Assert.InRange(sixth.Failure!.RetryAfter!.Value, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60));
        Assert.True(elsewhere.IsSuccess, elsewhere.Failure?.ToString());
        Assert.Equal(0, harness.Fake.RateLimitViolations);
        Assert.Equal(5, harness.Fake.Messages(busy).Count);
    }

    [Fact]
    public async Task SendAsync_BucketTooManyRequestsShortWait_RetriedAndSucceeds()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.TooManyRequests(0.2));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("after a pause"), harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        Assert.Equal([429, 200], harness.Fake.Requests.Where(r => r.Route == FakeRest.MessagesRoute).Select(r => r.Status));
    }

    [Fact]
    public async Task SendAsync_GlobalTooManyRequests_OtherRoutesPauseToo()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, first) = await harness.OpenDmAsync("Ada");
        var (_, second) = await harness.OpenDmAsync("Bo");
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.TooManyRequests(0.5, Global: true));
        var limits = harness.Get<DiscordRateLimits>();

        var paused = harness.Messages.SendAsync(first, new DiscordNewMessage("first"), harness.Ct);
        await harness.Fake.WaitUntilAsync(() => limits.Global.PauseLeft > TimeSpan.Zero);
        var typing = await harness.Messages.TriggerTypingAsync(second, harness.Ct);

        Assert.True((await paused).IsSuccess);
        Assert.True(typing.IsSuccess);
        var limited = Assert.Single(harness.Fake.Requests, r => r.Status == 429);
        var typed = Assert.Single(harness.Fake.Requests, r => r.Route == "POST /channels/{channel}/typing");
        Assert.True(typed.At - limited.At >= TimeSpan.FromMilliseconds(480), $"typing went {(typed.At - limited.At).TotalMilliseconds} ms after the global 429");
    }

    [Fact]
    public async Task SendAsync_LongRetryAfter_SurfacedAsRetryAfter()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.TooManyRequests(30));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("later"), harness.Ct);
        var next = await harness.Messages.SendAsync(channel, new DiscordNewMessage("also later"), harness.Ct);

        Assert.Equal(DiscordOutcome.RetryAfter, sent.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), sent.Failure!.RetryAfter);
        Assert.Equal(DiscordOutcome.RetryAfter, next.Outcome);
        Assert.Single(harness.Fake.Requests, r => r.Route == FakeRest.MessagesRoute);
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsEveryTime_RetryAfterAfterRetries()
    {
        await using var harness = await DiscordRestHarness.StartAsync(options => options.RateLimitRetries = 2);
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 5, new FakeRestFault.TooManyRequests(0.05));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("stubborn"), harness.Ct);

        Assert.Equal(DiscordOutcome.RetryAfter, sent.Outcome);
        Assert.Equal(3, harness.Fake.Requests.Count(r => r.Route == FakeRest.MessagesRoute));
    }

    [Fact]
    public async Task SendAsync_GlobalLimitLowered_NoGlobalViolations()
    {
        await using var harness = await DiscordRestHarness.StartAsync(options => options.GlobalRequestsPerSecond = 10);
        harness.Fake.SetGlobalLimit(10);
        harness.Fake.SetRouteLimit(FakeRest.MessagesRoute, null);
        var channels = new List<string>();
        for (var n = 0; n < 4; n++)
        {
            channels.Add((await harness.OpenDmAsync($"p{n}")).ChannelId);
        }

        var sends = Enumerable.Range(0, 20).Select(n => harness.Messages.SendAsync(channels[n % 4], new DiscordNewMessage($"m{n}"), harness.Ct));
        var results = await Task.WhenAll(sends);

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Failure?.ToString()));
        Assert.True(harness.Fake.GlobalRateLimitViolations == 0, harness.Fake.DescribeRequests());
    }
}

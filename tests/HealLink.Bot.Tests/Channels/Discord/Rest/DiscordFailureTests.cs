using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Core.Pipeline;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

public sealed class DiscordFailureTests
{
    [Fact]
    public async Task SendAsync_ServerErrorTwiceThenOk_Succeeds()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 2, new FakeRestFault.ServerError(500));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("eventually") { Nonce = "retry-1" }, harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        Assert.Single(harness.Fake.Messages(channel));
    }

    [Fact]
    public async Task SendAsync_Persistent503_Transient()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 10, new FakeRestFault.ServerError(503));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("not now"), harness.Ct);

        Assert.Equal(DiscordOutcome.Transient, sent.Outcome);
        Assert.Equal(503, sent.Failure!.HttpStatus);
        Assert.Equal(3, harness.Fake.Requests.Count(r => r.Route == FakeRest.MessagesRoute));
    }

    [Fact]
    public async Task SendAsync_ConnectionDropped_RetriedThenSucceeds()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.Drop());

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("again") { Nonce = "drop-1" }, harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
    }

    [Fact]
    public async Task SendAsync_PersonBlockedTheBot_Unreachable()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (user, channel) = await harness.OpenDmAsync();
        harness.Fake.Block(user.Id);

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("hello?"), harness.Ct);

        Assert.Equal(DiscordOutcome.Unreachable, sent.Outcome);
        Assert.Equal(50007, sent.Failure!.DiscordCode);
        var delivery = Assert.IsType<DeliveryResult.Undeliverable>(sent.ToDeliveryResult(message => message.Id));
        Assert.True(delivery.RecipientUnreachable);
    }

    [Fact]
    public async Task SendAsync_MissingPermissions_Permanent()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, FakeRestFault.MissingPermissions);

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("hello"), harness.Ct);

        Assert.Equal(DiscordOutcome.Permanent, sent.Outcome);
        Assert.Equal((403, 50013), (sent.Failure!.HttpStatus, sent.Failure.DiscordCode));
        var delivery = Assert.IsType<DeliveryResult.Undeliverable>(sent.ToDeliveryResult(message => message.Id));
        Assert.False(delivery.RecipientUnreachable);
    }

    [Fact]
    public async Task SendAsync_UnknownChannel_Permanent()
    {
        await using var harness = await DiscordRestHarness.StartAsync();

        var sent = await harness.Messages.SendAsync("404404404", new DiscordNewMessage("anyone?"), harness.Ct);

        Assert.Equal((DiscordOutcome.Permanent, 10003), (sent.Outcome, sent.Failure!.DiscordCode));
    }

    [Fact]
    public async Task SendAsync_MalformedJsonAnswer_TransientFailure()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.MalformedJson());

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("hello"), harness.Ct);

        Assert.Equal(DiscordOutcome.Transient, sent.Outcome);
        Assert.Contains("not the JSON expected", sent.Failure!.Reason, StringComparison.Ordinal);
        Assert.IsType<DeliveryResult.RetryLater>(sent.ToDeliveryResult(message => message.Id));
    }

    [Fact]
    public async Task SendAsync_LongRetryAfter_DeliveryResultCarriesTheWait()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.TooManyRequests(42));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("hello"), harness.Ct);

        var retry = Assert.IsType<DeliveryResult.RetryLater>(sent.ToDeliveryResult(message => message.Id));
        Assert.Equal(TimeSpan.FromSeconds(42), retry.RetryAfter);
    }

    [Fact]
    public async Task Failures_WrongTokenOrLostConnection_NeverShowTheToken()
    {
        const string wrongToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.SecretPartThatMustNeverShow123";
        await using var harness = await DiscordRestHarness.StartAsync(options => options.BotToken = wrongToken);
        harness.Fake.FailNext("POST /channels/{channel}/typing", 3, new FakeRestFault.Drop());

        var rejected = await harness.Messages.SendAsync("1", new DiscordNewMessage("hi"), harness.Ct);
        var dropped = await harness.Messages.TriggerTypingAsync("1", harness.Ct);

        Assert.Equal(401, rejected.Failure!.HttpStatus);
        Assert.Equal(DiscordOutcome.Transient, dropped.Outcome);
        Assert.DoesNotContain("SecretPartThatMustNeverShow123", rejected.Failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SecretPartThatMustNeverShow123", dropped.Failure!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_ErrorMessageQuotesTheToken_TokenMasked()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        harness.Fake.FailNext("GET", 1, new FakeRestFault.ApiError(400, 0, $"bad request from {harness.Server.Token}"));

        var echoed = await harness.Get<DiscordCommandsApi>().CurrentApplicationAsync(harness.Ct);

        Assert.DoesNotContain(harness.Server.Token, echoed.Failure!.ToString(), StringComparison.Ordinal);
        Assert.Contains(DiscordTokenRedactor.Mask, echoed.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoMutualGuild_Unreachable()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.ApiError(400, 50278, "Cannot send messages to this user due to having no mutual guilds"));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("hello"), harness.Ct);

        Assert.Equal(DiscordOutcome.Unreachable, sent.Outcome);
    }

    [Fact]
    public async Task SendAsync_SlowAnswerBeyondTimeout_RetriedThenSucceeds()
    {
        await using var harness = await DiscordRestHarness.StartAsync(options => options.RequestTimeoutSeconds = 0.5);
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.Slow(TimeSpan.FromSeconds(3)));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("patience") { Nonce = "slow-1" }, harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        Assert.Single(harness.Fake.Messages(channel));
    }

    [Fact]
    public async Task SendAsync_FileOverDiscordsLimit_FakeAnswers413()
    {
        // The client's own check lifted, to see Discord's answer: 413, code 40005.
        await using var harness = await DiscordRestHarness.StartAsync(options => options.MaxFileBytes = 20 * 1024 * 1024);
        var (_, channel) = await harness.OpenDmAsync();

        var sent = await harness.Messages.SendAsync(
            channel, new DiscordNewMessage("") { Files = [new DiscordFile("big.bin", new byte[11 * 1024 * 1024])] }, harness.Ct);

        Assert.Equal((DiscordOutcome.Permanent, 413, 40005), (sent.Outcome, sent.Failure!.HttpStatus, sent.Failure.DiscordCode));
        Assert.Empty(harness.Fake.Messages(channel));
    }
}

using HealLink.Bot.Channels.Discord.Rest;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

public sealed class DiscordInteractionsApiTests
{
    [Fact]
    public async Task RespondAsync_ChannelMessage_CallbackRecorded()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var interactions = harness.Get<DiscordInteractionsApi>();

        var answered = await interactions.RespondAsync(
            "900", "token-a", DiscordInteractionResponse.Message(new DiscordInteractionMessage("Thanks!", Ephemeral: true)), harness.Ct);

        Assert.True(answered.IsSuccess, answered.Failure?.ToString());
        var callback = Assert.Single(harness.Fake.InteractionCallbacks);
        Assert.Equal(("900", "token-a", 4), (callback.InteractionId, callback.Token, callback.Type));
        Assert.Equal("Thanks!", callback.Data!["content"]!.GetValue<string>());
        Assert.Equal(64, callback.Data!["flags"]!.GetValue<int>());
        Assert.Empty(callback.Data!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task RespondAsync_DeferredThenEditOriginalAndFollowUp_AllRecorded()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var interactions = harness.Get<DiscordInteractionsApi>();

        var deferred = await interactions.RespondAsync("901", "token-b", DiscordInteractionResponse.DeferredMessage(), harness.Ct);
        var edited = await interactions.EditOriginalAsync(FakeRest.ApplicationId, "token-b", new DiscordMessageEdit("Here it is."), harness.Ct);
        var followUp = await interactions.FollowUpAsync(FakeRest.ApplicationId, "token-b", new DiscordInteractionMessage("And one more thing."), harness.Ct);

        Assert.True(deferred.IsSuccess && edited.IsSuccess && followUp.IsSuccess, $"{deferred.Failure} {edited.Failure} {followUp.Failure}");
        Assert.Equal(5, Assert.Single(harness.Fake.InteractionCallbacks).Type);
        Assert.Equal("Here it is.", harness.Fake.OriginalResponse("token-b")!.Content);
        Assert.Equal("And one more thing.", Assert.Single(harness.Fake.FollowUps).Content);
    }

    [Fact]
    public async Task RespondAsync_SecondAnswer_PermanentAlreadyAcknowledged()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var interactions = harness.Get<DiscordInteractionsApi>();
        await interactions.RespondAsync("902", "token-c", DiscordInteractionResponse.DeferredUpdate(), harness.Ct);

        var again = await interactions.RespondAsync(
            "902", "token-c", DiscordInteractionResponse.UpdateMessage(new DiscordInteractionMessage("late")), harness.Ct);

        Assert.Equal((DiscordOutcome.Permanent, 40060), (again.Outcome, again.Failure!.DiscordCode));
    }

    [Fact]
    public async Task RespondAsync_DuringGlobalPause_AnsweredAtOnce()
    {
        // Interaction callbacks are exempt from the global limit, and must answer within 3 s.
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        harness.Fake.FailNext(FakeRest.MessagesRoute, 1, new FakeRestFault.TooManyRequests(30, Global: true));
        await harness.Messages.SendAsync(channel, new DiscordNewMessage("paused"), harness.Ct);

        var answered = await harness.Get<DiscordInteractionsApi>().RespondAsync(
            "903", "token-d", DiscordInteractionResponse.DeferredUpdate(), harness.Ct);
        var blocked = await harness.Messages.TriggerTypingAsync(channel, harness.Ct);

        Assert.True(answered.IsSuccess, answered.Failure?.ToString());
        Assert.Equal(DiscordOutcome.RetryAfter, blocked.Outcome);
    }
}

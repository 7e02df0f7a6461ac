using System.Text.Json.Nodes;
using HealLink.Bot.Channels.Discord.Gateway.Events;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayDispatchTests
{
    [Fact]
    public async Task RunAsync_MalformedFrames_SkipsThemQuietlyAndHandlesNextMessage()
    {
        const string Private = "my diagnosis is private";
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();

        harness.Fake.DispatchRaw("not json at all " + Private);
        harness.Fake.DispatchRaw("{}");
        harness.Fake.DispatchRaw("""{"op":"x"}""");
        harness.Fake.DispatchRaw("""{"op":0,"s":"two","t":7,"d":null}""");
        harness.Fake.Dispatch("MESSAGE_CREATE", JsonValue.Create(Private)!);
        harness.Fake.Dispatch("MESSAGE_CREATE", new JsonObject { ["id"] = 5, ["content"] = Private });
        harness.Fake.Dispatch("INTERACTION_CREATE", new JsonObject { ["id"] = "1", ["type"] = "button" });
        harness.Fake.DispatchBinary([0x78, 0x9c, 0x01, 0x02]);
        harness.Fake.DispatchRaw("""{"op":0,"t":"MESSAGE_CREATE","s":99,"d":{"content":" """ + new string('x', 100_000) + "\"}}");
        var good = await harness.SendAndWaitAsync(user, "the next good message");

        Assert.Equal([good], harness.Handler.MessageIds);
        Assert.Equal(1, harness.Fake.ConnectionCount);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains(Private, StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains(harness.Server.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_SameMessageDispatchedTwice_HandledOnce()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();

        harness.Fake.DispatchMessageCreate(user, "hello", messageId: "1300000000000000042");
        harness.Fake.DispatchMessageCreate(user, "hello", messageId: "1300000000000000042");
        var next = await harness.SendAndWaitAsync(user, "next");

        Assert.Equal(["1300000000000000042", next], harness.Handler.MessageIds);
    }

    [Fact]
    public async Task RunAsync_SameInteractionDispatchedTwice_HandledOnce()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();

        harness.Fake.DispatchButtonPress(user, "1300000000000000001", "accept", interactionId: "1300000000000000077");
        harness.Fake.DispatchButtonPress(user, "1300000000000000001", "accept", interactionId: "1300000000000000077");
        await harness.SendAndWaitAsync(user, "next");

        Assert.Equal(["1300000000000000077"], harness.Handler.InteractionIds);
    }

    [Fact]
    public async Task RunAsync_ButtonPressInGuild_ReadsInvokerFromMember()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser("lea");

        var id = harness.Fake.DispatchButtonPress(user, "1300000000000000001", "decline", channelId: "1400000000000000001", guildId: "1500000000000000001");

        await harness.WaitUntilAsync(() => harness.Handler.InteractionIds.Contains(id));
        var interaction = harness.Handler.Dispatches.Single(d => d.Interaction is not null).Interaction!;
        Assert.Equal(user.Id, interaction.Invoker!.Id);
        Assert.Equal(DiscordInteraction.MessageComponent, interaction.Type);
        Assert.Equal(("decline", 2), (interaction.Data!.CustomId, interaction.Data.ComponentType));
        Assert.Equal("1300000000000000001", interaction.Message!.Id);
        Assert.Equal(harness.Fake.ApplicationId, interaction.ApplicationId);
    }

    [Fact]
    public async Task RunAsync_DirectMessage_ReadsMessageFields()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser("sam");

        await harness.SendAndWaitAsync(user, "hi there");

        var message = harness.Handler.Dispatches.Single(d => d.Message is not null).Message!;
        Assert.Equal((user.DmChannelId, user.Id, "sam", "hi there"), (message.ChannelId, message.Author.Id, message.Author.Username, message.Content));
        Assert.Null(message.GuildId);
    }

    [Fact]
    public async Task RunAsync_MessageFromBot_NotHandled()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();

        harness.Fake.DispatchMessageCreate(user, "beep", fromBot: true);
        var next = await harness.SendAndWaitAsync(user, "a person");

        Assert.Equal([next], harness.Handler.MessageIds);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_LogsAndHandlesNextMessage()
    {
        await using var harness = await GatewayHarness.StartReadyAsync();
        var user = harness.Fake.CreateUser();

        harness.Fake.DispatchMessageCreate(user, RecordingGatewayHandler.FailOn);
        await harness.SendAndWaitAsync(user, "next");

        Assert.Equal([RecordingGatewayHandler.FailOn, "next"], harness.Handler.MessageContents);
        Assert.Contains(harness.Logs.Lines, line => line.Contains("failed", StringComparison.Ordinal));
        Assert.Equal(1, harness.Fake.ConnectionCount);
    }
}

using HealLink.Bot.Channels.Discord.Rest;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

public sealed class DiscordMessagesApiTests
{
    [Fact]
    public async Task SendAsync_DirectMessage_StoredWithNoMentionsAndNonce()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (user, channel) = await harness.OpenDmAsync();

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("hello @everyone") { Nonce = "outbox-1" }, harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        var stored = Assert.Single(harness.Fake.Messages(channel));
        Assert.Equal(harness.Fake.DmChannelOf(user.Id), channel);
        Assert.Equal(sent.Value!.Id, stored.Id);
        Assert.Equal("hello @everyone", stored.Content);
        Assert.Equal("outbox-1", stored.Nonce);
        Assert.Empty(stored.AllowedMentions!["parse"]!.AsArray());
    }

    [Fact]
    public async Task SendAsync_AnyRequest_CarriesDiscordsUserAgent()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();

        await harness.Messages.SendAsync(channel, new DiscordNewMessage("hi"), harness.Ct);

        Assert.All(harness.Fake.Requests, request => Assert.Equal("DiscordBot (https://github.com/heallink, 1.0)", request.UserAgent));
    }

    [Fact]
    public async Task ChannelIdAsync_SamePersonTwice_OpensOnce()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (user, channel) = await harness.OpenDmAsync();

        var again = await harness.DirectMessages.ChannelIdAsync(user.Id, harness.Ct);

        Assert.Equal(channel, again.Value);
        Assert.Single(harness.Fake.Requests, request => request.Route == "POST /users/@me/channels");
    }

    [Fact]
    public async Task SendAsync_SameNonceTwice_OneMessageSameId()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var message = new DiscordNewMessage("only once") { Nonce = "outbox-42" };

        var first = await harness.Messages.SendAsync(channel, message, harness.Ct);
        var second = await harness.Messages.SendAsync(channel, message, harness.Ct);

        Assert.Equal(first.Value!.Id, second.Value!.Id);
        Assert.Single(harness.Fake.Messages(channel));
    }

    [Fact]
    public async Task SendAsync_2000Characters_Accepted()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage(new string('a', 2000)), harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        Assert.Equal(2000, Assert.Single(harness.Fake.Messages(channel)).Content.Length);
    }

    [Fact]
    public async Task SendAsync_2001Characters_RefusedBeforeSending()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage(new string('a', 2001)), harness.Ct);

        Assert.Equal(DiscordOutcome.Permanent, sent.Outcome);
        Assert.DoesNotContain(harness.Fake.Requests, request => request.Route == FakeRest.MessagesRoute);
    }

    [Fact]
    public async Task SendAsync_ButtonsAndSelect_RoundTrip()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var components = new[]
        {
            DiscordComponent.Row(
                DiscordComponent.Button(DiscordButtonStyle.Success, "Accept", "accept:7"),
                DiscordComponent.Button(DiscordButtonStyle.Danger, "Decline", "decline:7")),
            DiscordComponent.Row(DiscordComponent.Select("topic", [new("Grief", "grief"), new("Stress", "stress")], "Pick one")),
        };

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("Shall we?") { Components = components }, harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        var stored = Assert.Single(harness.Fake.Messages(channel)).Components!;
        Assert.Equal("decline:7", stored[0]!["components"]![1]!["custom_id"]!.GetValue<string>());
        Assert.Equal(4, stored[0]!["components"]![1]!["style"]!.GetValue<int>());
        Assert.Equal("stress", stored[1]!["components"]![0]!["options"]![1]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_CustomIdTooLong_PermanentWithDiscordCode()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var row = DiscordComponent.Row(DiscordComponent.Button(DiscordButtonStyle.Primary, "Go", new string('x', 101)));

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("Go?") { Components = [row] }, harness.Ct);

        Assert.Equal(DiscordOutcome.Permanent, sent.Outcome);
        Assert.Equal(50035, sent.Failure!.DiscordCode);
    }

    [Fact]
    public async Task EditAsync_NewContentAndComponents_StoredMessageChanged()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var row = DiscordComponent.Row(DiscordComponent.Button(DiscordButtonStyle.Primary, "Yes", "yes"));
        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("Ready?") { Components = [row] }, harness.Ct);

        var edited = await harness.Messages.EditAsync(channel, sent.Value!.Id, new DiscordMessageEdit("Done.", []), harness.Ct);

        Assert.True(edited.IsSuccess, edited.Failure?.ToString());
        var stored = Assert.Single(harness.Fake.Messages(channel));
        Assert.Equal("Done.", stored.Content);
        Assert.Empty(stored.Components!);
        Assert.Equal(1, stored.Edits);
    }

    [Fact]
    public async Task SendAsync_SmallFile_ArrivesWithBytesAndFilename()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        byte[] bytes = [1, 2, 3, 250, 251, 252];

        var sent = await harness.Messages.SendAsync(
            channel, new DiscordNewMessage("a file") { Files = [new DiscordFile("notes.bin", bytes)], Nonce = "file-1" }, harness.Ct);

        Assert.True(sent.IsSuccess, sent.Failure?.ToString());
        var attachment = Assert.Single(Assert.Single(harness.Fake.Messages(channel)).Attachments);
        Assert.Equal("notes.bin", attachment.Filename);
        Assert.Equal(bytes, attachment.Bytes);
        Assert.Equal("notes.bin", Assert.Single(sent.Value!.Attachments).Filename);
    }

    [Fact]
    public async Task SendAsync_11MiBFile_RefusedBeforeSending()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var big = new DiscordFile("big.bin", new byte[11 * 1024 * 1024]);

        var sent = await harness.Messages.SendAsync(channel, new DiscordNewMessage("") { Files = [big] }, harness.Ct);

        Assert.Equal(DiscordOutcome.Permanent, sent.Outcome);
        Assert.Contains("big.bin", sent.Failure!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Fake.Requests, request => request.Route == FakeRest.MessagesRoute);
    }

    [Fact]
    public async Task TriggerTypingAsync_DmChannel_Recorded()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();

        var typing = await harness.Messages.TriggerTypingAsync(channel, harness.Ct);

        Assert.True(typing.IsSuccess, typing.Failure?.ToString());
        Assert.Equal([channel], harness.Fake.TypingCalls);
    }

    [Fact]
    public async Task SendAsync_ReplyTo_ReferenceStored()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var first = await harness.Messages.SendAsync(channel, new DiscordNewMessage("first"), harness.Ct);

        await harness.Messages.SendAsync(channel, new DiscordNewMessage("reply") { ReplyToMessageId = first.Value!.Id }, harness.Ct);

        Assert.Equal(first.Value.Id, harness.Fake.Messages(channel)[1].ReplyToMessageId);
    }
}

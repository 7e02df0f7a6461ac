using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Tests.Channels.Discord.Rest;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord;

/// <summary>
/// Thread mode as the outbox's sender does it, against the fake Discord: a private thread per conversation with the
/// person in it and a pointer in their DMs, messages addressed to it, a week-quiet thread opened again, a deleted one
/// replaced by the DMs, and the thread archived and locked when the conversation ends.
/// </summary>
public sealed class DiscordThreadModeSenderTests
{
    private long _nextOutboxId = 41;

    [Fact]
    public async Task OpenThread_PersonInTheServer_PrivateThreadWithThemOnlyAndAPointerInTheirDms()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, parent) = ThreadMode(harness);
        var (robin, dm) = await harness.OpenDmAsync();
        harness.Fake.JoinGuild(robin.Id);

        var result = await sut.SendAsync(Open(dm), harness.Ct);

        var threadId = Assert.IsType<DeliveryResult.Delivered>(result).PlatformMessageId!;
        var thread = harness.Fake.Thread(threadId)!;
        Assert.Equal((parent, "Sam", 12, false), (thread.ParentId, thread.Name, thread.Type, thread.Invitable));
        Assert.Equal([robin.Id], thread.Members);
        var pointer = Assert.Single(harness.Fake.Messages(dm)).Content;
        Assert.Contains($"https://discord.com/channels/{FakeRest.GuildId}/{threadId}", pointer, StringComparison.Ordinal);
        Assert.Contains("moderators", pointer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenThread_PersonNotInTheServer_NoThreadAndTheConversationStaysInTheirDms()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, _) = ThreadMode(harness);
        var (robin, dm) = await harness.OpenDmAsync();

        var result = await sut.SendAsync(Open(dm), harness.Ct);

        Assert.Null(Assert.IsType<DeliveryResult.Delivered>(result).PlatformMessageId);
        Assert.Empty(harness.Fake.ThreadsOf(robin.Id));
        Assert.Empty(harness.Fake.Messages(dm));
        var orphan = Assert.Single(harness.Fake.Threads);
        Assert.True(orphan.Archived && orphan.Locked && orphan.Members.Count == 0);
    }

    [Fact]
    public async Task OpenThread_NoThreadChannelConfigured_NothingSentAndNoThread()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, dm) = await harness.OpenDmAsync();
        var before = harness.Fake.Requests.Count;

        var result = await harness.Sender().SendAsync(Open(dm), harness.Ct);

        Assert.Null(Assert.IsType<DeliveryResult.Delivered>(result).PlatformMessageId);
        Assert.Equal(before, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task Text_AddressedToAThread_PostedInTheThreadNotTheDm()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, dm, threadId) = await OpenedAsync(harness);

        var result = await sut.SendAsync(Text(dm, threadId, "Sam: how was day two?"), harness.Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal("Sam: how was day two?", harness.Fake.Messages(threadId).Single().Content);
        Assert.DoesNotContain(harness.Fake.Messages(dm), m => m.Content.StartsWith("Sam:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_ThreadArchivedAfterAQuietWeek_OpenedAgainAndPostedThere()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, dm, threadId) = await OpenedAsync(harness);
        harness.Fake.ArchiveThread(threadId, locked: false);

        var result = await sut.SendAsync(Text(dm, threadId, "Sam: still there?"), harness.Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.False(harness.Fake.Thread(threadId)!.Archived);
        Assert.Equal("Sam: still there?", harness.Fake.Messages(threadId).Single().Content);
    }

    [Fact]
    public async Task Text_ThreadLockedByAModerator_PostedInTheDmInstead()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, dm, threadId) = await OpenedAsync(harness);
        harness.Fake.ArchiveThread(threadId, locked: true);

        var result = await sut.SendAsync(Text(dm, threadId, "Sam: still there?"), harness.Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.True(harness.Fake.Thread(threadId)!.Locked && harness.Fake.Thread(threadId)!.Archived);
        Assert.Equal("Sam: still there?", harness.Fake.Messages(dm)[^1].Content);
    }

    [Fact]
    public async Task CloseThread_ConversationEnded_ThreadArchivedAndLocked()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, dm, threadId) = await OpenedAsync(harness);

        var result = await sut.SendAsync(Delivery(OutboundMessage.CloseThread(new ChatAddress(Platform.Discord, dm, threadId), 1)), harness.Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.True(harness.Fake.Thread(threadId)!.Archived && harness.Fake.Thread(threadId)!.Locked);
    }

    [Fact]
    public async Task CloseThread_NoThread_NothingSent()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (sut, _) = ThreadMode(harness);
        var (_, dm) = await harness.OpenDmAsync();
        var before = harness.Fake.Requests.Count;

        var result = await sut.SendAsync(Delivery(OutboundMessage.CloseThread(new ChatAddress(Platform.Discord, dm), 1)), harness.Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal(before, harness.Fake.Requests.Count);
    }

    private static (DiscordSender Sender, string Parent) ThreadMode(DiscordRestHarness harness)
    {
        var parent = harness.Fake.CreateGuildChannel();
        harness.Options.ThreadChannelId = parent;
        return (harness.Sender(), parent);
    }

    private async Task<(DiscordSender Sender, string Dm, string ThreadId)> OpenedAsync(DiscordRestHarness harness)
    {
        var (sut, _) = ThreadMode(harness);
        var (robin, dm) = await harness.OpenDmAsync();
        harness.Fake.JoinGuild(robin.Id);
        var opened = await sut.SendAsync(Open(dm), harness.Ct);
        return (sut, dm, Assert.IsType<DeliveryResult.Delivered>(opened).PlatformMessageId!);
    }

    private OutboundDelivery Open(string dm) =>
        Delivery(new OutboundMessage(new ChatAddress(Platform.Discord, dm), OutboundKind.OpenThread, "Sam", []) { ConnectionId = 1 });

    private OutboundDelivery Text(string dm, string threadId, string text) =>
        Delivery(new OutboundMessage(new ChatAddress(Platform.Discord, dm, threadId), OutboundKind.Text, text, []) { ConnectionId = 1 });

    // Each row its own outbox id, as in the outbox: the id is the nonce, and Discord answers a repeated nonce with the
    // message it already made.
    private OutboundDelivery Delivery(OutboundMessage message) => new(++_nextOutboxId, message, 1);
}

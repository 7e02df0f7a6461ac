using HealLink.Bot.Channels.Discord.Rest;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

public sealed class DiscordThreadsAndCommandsTests
{
    [Fact]
    public async Task PrivateThread_CreateAddMemberArchive_Recorded()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var threads = harness.Get<DiscordThreadsApi>();
        var parent = harness.Fake.CreateGuildChannel();
        var person = harness.Fake.CreateUser("Robin");
        harness.Fake.JoinGuild(person.Id);

        var created = await threads.CreatePrivateThreadAsync(parent, "Robin & Sam", harness.Ct);
        var threadId = created.Value!.Id;
        var added = await threads.AddMemberAsync(threadId, person.Id, harness.Ct);
        var sent = await harness.Messages.SendAsync(threadId, new DiscordNewMessage("Welcome"), harness.Ct);
        var archived = await threads.ArchiveAsync(threadId, harness.Ct);
        var afterwards = await harness.Messages.SendAsync(threadId, new DiscordNewMessage("too late"), harness.Ct);

        Assert.True(created.IsSuccess && added.IsSuccess && sent.IsSuccess && archived.IsSuccess);
        var thread = harness.Fake.Thread(threadId)!;
        Assert.Equal((parent, "Robin & Sam", 12, 10080, false), (thread.ParentId, thread.Name, thread.Type, thread.AutoArchiveDuration, thread.Invitable));
        Assert.Equal([person.Id], thread.Members);
        Assert.True(thread.Archived && thread.Locked);
        Assert.Equal((DiscordOutcome.Permanent, 50083), (afterwards.Outcome, afterwards.Failure!.DiscordCode));
    }

    [Fact]
    public async Task CreatePrivateThreadAsync_NameTooLong_RefusedBeforeSending()
    {
        await using var harness = await DiscordRestHarness.StartAsync();

        var created = await harness.Get<DiscordThreadsApi>().CreatePrivateThreadAsync(harness.Fake.CreateGuildChannel(), new string('n', 101), harness.Ct);

        Assert.Equal(DiscordOutcome.Permanent, created.Outcome);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task OverwriteGlobalAsync_TwoCommands_RegisteredWithContexts()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var commands = harness.Get<DiscordCommandsApi>();
        var application = await commands.CurrentApplicationAsync(harness.Ct);

        var registered = await commands.OverwriteGlobalAsync(
            application.Value!.Id,
            [DiscordCommand.For("start", "Begin or resume", threadMode: false), DiscordCommand.For("cancel", "Stop what you are doing", threadMode: true)],
            harness.Ct);

        Assert.True(registered.IsSuccess, registered.Failure?.ToString());
        Assert.All(registered.Value!, command => Assert.NotNull(command.Id));
        var stored = harness.Fake.Commands(FakeRest.ApplicationId)!;
        Assert.Equal("start", stored[0]!["name"]!.GetValue<string>());
        Assert.Equal([1], stored[0]!["contexts"]!.AsArray().Select(context => context!.GetValue<int>()));
        Assert.Equal([1, 0], stored[1]!["contexts"]!.AsArray().Select(context => context!.GetValue<int>()));
    }
}

using HealLink.Bot.Channels.Discord;
using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using HealLink.FakeDiscord;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>
/// Thread mode through the whole bot on the fake Discord: each side of a conversation gets its own private thread in
/// the configured server channel, talks there (words and files, Discord to Discord by download and upload), and sees
/// both threads closed when it ends; nobody else in the server is heard, neither in someone's thread nor anywhere else.
/// </summary>
public sealed class DiscordThreadModeTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    [Fact]
    public async Task ThreadMode_MenteeAndMentor_EachTalksInTheirOwnPrivateThread_AndEndingClosesBoth()
    {
        var parent = _discord.Rest.CreateGuildChannel();
        await using var bot = await StartInThreadModeAsync(parent);
        var sam = Member(bot, "samk_1987");
        var maria = Member(bot, "maria_r");

        await ConnectAsync(bot, sam, maria);

        var samThread = Assert.Single(_discord.Rest.ThreadsOf(sam.User.Id));
        var mariaThread = Assert.Single(_discord.Rest.ThreadsOf(maria.User.Id));
        Assert.Equal((parent, "Maria", 12, false), (samThread.ParentId, samThread.Name, samThread.Type, samThread.Invitable));
        Assert.Equal((parent, "Sam"), (mariaThread.ParentId, mariaThread.Name));
        Assert.Equal([sam.User.Id], samThread.Members);
        Assert.StartsWith("You're now connected with Maria.", sam.ReceivedIn(samThread.Id)[0].Content, StringComparison.Ordinal);
        Assert.Contains(sam.Received, m => m.Content.Contains($"https://discord.com/channels/{FakeRest.GuildId}/{samThread.Id}", StringComparison.Ordinal));

        await maria.SayInAsync(mariaThread.Id, "Hi Sam! How long were you in hospital?");
        await sam.SayInAsync(samThread.Id, "Six days. The second was the hardest.");

        Assert.Equal("Maria: Hi Sam! How long were you in hospital?", sam.ReceivedIn(samThread.Id)[^1].Content);
        Assert.Equal("Sam: Six days. The second was the hardest.", maria.ReceivedIn(mariaThread.Id)[^1].Content);
        byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x10, 0x20, 0xFF, 0xD9];
        await maria.SendFileAsync(_discord.Rest.SeedAttachmentFile(mariaThread.Id, "scar.jpg", photo, "image/jpeg"), "my scar at two weeks", mariaThread.Id);
        var carried = sam.ReceivedIn(samThread.Id)[^1];
        Assert.Equal("Maria: my scar at two weeks", carried.Content);
        Assert.Equal(photo, Assert.Single(carried.Attachments).Bytes);
        Assert.DoesNotContain(sam.Received, m => m.Content.StartsWith("Maria: ", StringComparison.Ordinal));

        await NobodyElseIsHeardAsync(bot, sam, maria, samThread.Id, mariaThread.Id, parent);

        await maria.SayInAsync(mariaThread.Id, "/end");
        await maria.PressInAsync(mariaThread.Id, "End with Sam");

        Assert.All([samThread.Id, mariaThread.Id], id => Assert.True(_discord.Rest.Thread(id) is { Archived: true, Locked: true }));
        Assert.Equal(ConnectionCopy.English.EndedByOther("Maria"), sam.ReceivedIn(samThread.Id)[^1].Content);
        Assert.Equal(ConnectionCopy.English.RatingQuestion, sam.Last.Content);
        Assert.Equal(ConnectionCopy.English.RatingQuestion, maria.Last.Content);
        await maria.PressAsync("4");
        Assert.Equal(1, await bot.ScalarAsync("SELECT count(*) FROM connection_ratings WHERE score = 4"));
        Assert.Equal(0, _discord.Rest.RateLimitViolations);
    }

    [Fact]
    public async Task ThreadMode_MentorNotInTheServer_TheirConversationStaysInTheirDms()
    {
        await using var bot = await StartInThreadModeAsync(_discord.Rest.CreateGuildChannel());
        var sam = new DiscordPerson(_discord, _discord.CreateUser("samk_1987")) { Database = bot.Database };
        var maria = Member(bot, "maria_r");

        await ConnectAsync(bot, sam, maria);
        var mariaThread = Assert.Single(_discord.Rest.ThreadsOf(maria.User.Id));
        await maria.SayInAsync(mariaThread.Id, "Hi Sam!");
        await sam.SayAsync("Hello Maria.");

        Assert.Empty(_discord.Rest.ThreadsOf(sam.User.Id));
        Assert.Equal("Maria: Hi Sam!", sam.Last.Content);
        Assert.Equal("Sam: Hello Maria.", maria.ReceivedIn(mariaThread.Id)[^1].Content);
    }

    /// <summary>
    /// A moderator writing in Sam's thread, Sam writing in the server's open channel, and a moderator pressing a button
    /// in the thread (with a payload that would mean something from Sam): none of it reaches the pipeline or Maria, nobody new is created, and the press gets a note only
    /// the presser sees. Maria's next message is handled after all three, as the Gateway delivers in order.
    /// </summary>
    private async Task NobodyElseIsHeardAsync(DiscordBotHost bot, DiscordPerson sam, DiscordPerson maria, string samThread, string mariaThread, string parent)
    {
        var moderator = _discord.CreateUser("moderator");
        _discord.Rest.JoinGuild(moderator.Id);
        var people = await bot.ScalarAsync("SELECT count(*) FROM people");
        _discord.Gateway.DispatchMessageCreate(moderator, "I am not Sam", channelId: samThread, guildId: FakeRest.GuildId);
        _discord.Gateway.DispatchMessageCreate(sam.User, "hello everyone", channelId: parent, guildId: FakeRest.GuildId);
        var press = _discord.Gateway.DispatchButtonPress(
            moderator, sam.ReceivedIn(samThread)[0].Id, ButtonPayload.Rate(1, 5), channelId: samThread, guildId: FakeRest.GuildId);

        await maria.SayInAsync(mariaThread, "Still there?");

        await _discord.Rest.WaitUntilAsync(() => _discord.Rest.InteractionCallbacks.Any(c => c.InteractionId == press));
        var note = _discord.Rest.InteractionCallbacks.Single(c => c.InteractionId == press);
        Assert.Equal((4, DiscordThreadCopy.NotHere, 64), (note.Type, (string?)note.Data?["content"], (int?)note.Data?["flags"]));
        Assert.Equal(people, await bot.ScalarAsync("SELECT count(*) FROM people"));
        Assert.Equal("Maria: Still there?", sam.ReceivedIn(samThread)[^1].Content);
        Assert.DoesNotContain(maria.ReceivedIn(mariaThread), m => m.Content.Contains("I am not Sam", StringComparison.Ordinal) || m.Content.Contains("hello everyone", StringComparison.Ordinal));
    }

    private async Task<DiscordBotHost> StartInThreadModeAsync(string threadChannelId)
    {
        var bot = await DiscordBotHost.StartAsync(_discord, _database, $"--Discord:ThreadChannelId={threadChannelId}");
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
        return bot;
    }

    /// <summary>Sam onboards as a mentor and is approved, Maria as a mentee who asks for him, and Sam accepts.</summary>
    private static async Task ConnectAsync(DiscordBotHost bot, DiscordPerson sam, DiscordPerson maria)
    {
        await sam.RunAsync(Scripts.MentorByButtons);
        await bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'");
        await maria.RunAsync(Scripts.MenteeByButtons);
        await maria.SayAsync("/match");
        await maria.PressAsync("Choose for me");
        await maria.PressAsync("Connect with Sam");
        await sam.PressAsync("Accept");
    }

    /// <summary>Someone on Discord who is also a member of the server whose channel holds the threads.</summary>
    private DiscordPerson Member(DiscordBotHost bot, string username)
    {
        var person = new DiscordPerson(_discord, _discord.CreateUser(username)) { Database = bot.Database };
        _discord.Rest.JoinGuild(person.User.Id);
        return person;
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _database.Dispose();
}

using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using HealLink.FakeDiscord;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>
/// Two bot instances on one database and one Discord bot: one holds the Gateway at a time (Discord would send each
/// session every event), and the other takes it over when the holder goes.
/// </summary>
public sealed class DiscordGatewayLeadershipTests : IAsyncLifetime, IDisposable
{
    // Long enough that a holder stalled by a busy machine still renews in time; short enough that the one waiting
    // asks several times during the test.
    private const string Term = "--Discord:GatewayLeaderTermSeconds=5";

    private readonly TestDatabase _database = new();
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    [Fact]
    public async Task TwoInstances_OneDatabase_OnlyOneHoldsTheGatewayAndBothAnswerThroughIt()
    {
        await using var first = await DiscordBotHost.StartAsync(_discord, _database, Term);
        await using var second = await DiscordBotHost.StartAsync(_discord, _database, Term);
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));

        // Two terms: the one waiting keeps finding the lease held and never connects.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var sam = new DiscordPerson(_discord, _discord.CreateUser("sam")) { Database = first.Database };
        await sam.RunAsync(Scripts.MentorByButtons);

        Assert.Equal(1, _discord.Gateway.ActiveSessionCount);
        Assert.Equal(1, _discord.Gateway.IdentifyCount);
        Assert.Contains("a coordinator will review your profile", sam.Last.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HolderStops_TheOtherInstanceConnectsAndPeopleAreAnswered()
    {
        var first = await DiscordBotHost.StartAsync(_discord, _database, Term);
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
        await using var second = await DiscordBotHost.StartAsync(_discord, _database, Term);

        await first.DisposeAsync();
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.IdentifyCount == 2 && _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
        var sam = new DiscordPerson(_discord, _discord.CreateUser("sam")) { Database = second.Database };
        await sam.RunAsync(Scripts.MentorByButtons);

        Assert.Contains("a coordinator will review your profile", sam.Last.Content, StringComparison.Ordinal);
        Assert.Equal(1, await second.ScalarAsync("SELECT count(*) FROM job_leases WHERE name = 'discord-gateway'"));
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _database.Dispose();
}

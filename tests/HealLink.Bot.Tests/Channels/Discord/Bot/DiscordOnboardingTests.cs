using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using HealLink.FakeDiscord;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>People on Discord, through the whole bot and our own Gateway and REST clients, on the fake Discord.</summary>
public sealed class DiscordOnboardingTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    [Fact]
    public async Task Mentor_OnboardsThroughDirectMessagesAndButtonsOnly_ProfileSavedAndToldACoordinatorReviews()
    {
        await using var bot = await DiscordBotHost.StartAsync(_discord, _database);
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
        var sam = new DiscordPerson(_discord, _discord.CreateUser("sam")) { Database = bot.Database };

        await sam.RunAsync(Scripts.MentorByButtons);

        Assert.Contains("a coordinator will review your profile", sam.Last.Content, StringComparison.Ordinal);
        Assert.Equal(1, await bot.ScalarAsync("SELECT count(*) FROM profiles WHERE role = 'Mentor' AND display_name = 'Sam'"));
        Assert.All(_discord.Rest.Messages(sam.User.DmChannelId), m => Assert.Empty(m.AllowedMentions?["parse"]?.AsArray() ?? [null]));
        Assert.Equal(0, _discord.Rest.RateLimitViolations);
        Assert.All(_discord.Rest.InteractionCallbacks, callback => Assert.Equal(6, callback.Type));
        Assert.Contains(
            _discord.Rest.Commands(FakeRest.ApplicationId)!,
            c => (string?)c?["name"] == "match" && (string?)c?["description_localizations"]?["es-419"] == "Buscar con quién hablar");
    }

    [Fact]
    public async Task Mentor_GatewayInterruptedMidway_EveryStepHandledOnceAsInAQuietRun()
    {
        await using var bot = await DiscordBotHost.StartAsync(_discord, _database);
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
        var quiet = new DiscordPerson(_discord, _discord.CreateUser("sam")) { Database = bot.Database };
        await quiet.RunAsync(Scripts.MentorByButtons);
        var tom = new DiscordPerson(_discord, _discord.CreateUser("tom")) { Database = bot.Database };
        var step = 0;
        Action[] interruptions = [_discord.Gateway.SendReconnect, _discord.Gateway.DropConnection, () => _discord.Gateway.SendInvalidSession(resumable: true)];

        // Before every fourth step the line goes down; the step itself is sent while the client is away.
        await Scripts.MentorByButtons.Select(s => s is ChatStep.Say say ? say with { Text = say.Text.Replace("Sam", "Tom", StringComparison.Ordinal) } : s)
            .PlayAsync(
                text => InterruptedAsync(() => tom.SayAsync(text)),
                label => InterruptedAsync(() => tom.PressAsync(label)));

        Assert.Equal(quiet.Received.Select(m => m.Content.Replace("Sam", "Tom", StringComparison.Ordinal)), tom.Received.Select(m => m.Content));
        Assert.True(_discord.Gateway.ResumeCount >= 3, _discord.Gateway.Describe());
        Assert.Equal(1, _discord.Gateway.IdentifyCount);

        async Task InterruptedAsync(Func<Task> act)
        {
            if (++step % 4 == 0)
            {
                interruptions[step / 4 % interruptions.Length]();
            }

            await act();
        }
    }

    [Fact]
    public async Task Run_GatewayRejectsTheToken_StopsWithOneLineAndExitCodeTwo()
    {
        using var errors = new StringWriter();
        var run = BotHost.RunAsync(() => BotHost.CreateBuilder(DiscordBotHost.Settings(_discord, _database)), errors);
        await _discord.Gateway.WaitUntilAsync(() => _discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));

        _discord.Gateway.Close(4004);

        Assert.Equal(2, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        var line = Assert.Single(errors.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("HealLink stopped: ", line, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken", line, StringComparison.Ordinal);
        Assert.Equal(1, _discord.Gateway.ConnectionCount);
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _database.Dispose();
}

using HealLink.Bot.Health;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Bot.Tests.Health;

/// <summary>The bot's /metrics over real HTTP: valid Prometheus text whose counters follow the traffic.</summary>
[Collection(nameof(CountersRunAlone))]
public sealed class MetricsTests : TelegramTestBase
{
    private const string UpdatesHandled = "heallink_updates_handled_total";
    private const string Relayed = "heallink_messages_relayed_total";
    private const string Sent = "heallink_outbox_sent_total";
    private const string SendFailures = "heallink_outbox_send_failures_total";
    private const string CrisisFlags = "heallink_crisis_flags_raised_total";
    private static readonly (string, string) _onTelegram = ("platform", "telegram");

    [Fact]
    public async Task Metrics_OnboardingMatchAndRelay_ParseAsPrometheusTextAndCountersMoveInStep()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, configure: null, ReadinessTests.ListenAnywhere);
        using var sut = new HealthClient(bot.Services.GetRequiredService<HealthListener>().ListeningOn[0]);
        var (sam, ana) = await ConnectAsync(bot);
        var before = await sut.ScrapeAsync();
        var sentBefore = await bot.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NOT NULL");

        foreach (var i in Enumerable.Range(1, 3))
        {
            await ana.SayAsync($"Thank you, Sam ({i})");
        }

        // Relayed like any other message, and flagged for coordinators.
        await ana.SayAsync("Honestly I just want it all to end.");

        await sam.SayAsync("You're welcome, Ana");
        var sentDuring = await bot.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NOT NULL") - sentBefore;
        var after = await HealthClient.UntilAsync(sut.ScrapeAsync, m => m.Sum(Sent) - before.Sum(Sent) >= sentDuring, TimeSpan.FromSeconds(5));

        Assert.Equal(5, after.Sum(UpdatesHandled, _onTelegram) - before.Sum(UpdatesHandled, _onTelegram));
        Assert.Equal(5, after.Sum(Relayed) - before.Sum(Relayed));
        Assert.Equal(sentDuring, after.Sum(Sent, _onTelegram) - before.Sum(Sent, _onTelegram));
        Assert.Equal(1, after.Sum(CrisisFlags) - before.Sum(CrisisFlags));
        Assert.Equal("counter", after.Types[UpdatesHandled]);
        Assert.Equal("histogram", after.Types["heallink_match_duration_seconds"]);
        Assert.True(after.Sum("heallink_match_duration_seconds_count") >= 1);
        Assert.True(after.Sum("heallink_embedding_duration_seconds_count") >= 1);
    }

    [Fact]
    public async Task Metrics_SendsRefusedThenAccepted_CountsEachFailureAsARetry()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, configure: null, ReadinessTests.ListenAnywhere);
        using var sut = new HealthClient(bot.Services.GetRequiredService<HealthListener>().ListeningOn[0]);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        var before = await sut.ScrapeAsync();
        Telegram.FailNext("sendMessage", 3, new FakeFault.ServerError(502));

        await maria.SayAsync("/start");
        var after = await sut.ScrapeAsync();

        Assert.Equal(3, after.Sum(SendFailures, _onTelegram, ("kind", "retry")) - before.Sum(SendFailures, _onTelegram, ("kind", "retry")));
        Assert.Equal(1, after.Sum(UpdatesHandled, _onTelegram) - before.Sum(UpdatesHandled, _onTelegram));
    }

    /// <summary>Sam, an approved mentor, and Ana, a mentee in conversation with him, as the relay tests set them up.</summary>
    private async Task<(TelegramPerson Sam, TelegramPerson Ana)> ConnectAsync(TelegramBotHost bot)
    {
        var sam = new TelegramPerson(Telegram, Telegram.CreateUser("Sam")) { Bot = bot };
        await sam.RunAsync(Scripts.MentorByButtons);
        await bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved', capacity = 5 WHERE role = 'Mentor'");
        var ana = new TelegramPerson(Telegram, Telegram.CreateUser("Ana")) { Bot = bot };
        await ana.RunAsync(Scripts.MenteeByButtons.Select(step => step is ChatStep.Say { Text: Scripts.MenteeName } ? new ChatStep.Say("Ana") : step));
        await ana.SayAsync("/match");
        await ana.PressAsync("Choose for me");
        await ana.PressAsync("Connect with Sam");
        await sam.PressAsync("Accept");
        return (sam, ana);
    }
}

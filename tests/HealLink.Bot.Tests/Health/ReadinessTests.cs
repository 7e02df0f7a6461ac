using System.Globalization;
using System.Net;
using HealLink.Bot.Channels.Telegram;
using HealLink.Bot.Health;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Storage;
using HealLink.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealLink.Bot.Tests.Health;

/// <summary>The bot's /health/live and /health/ready over real HTTP, with Telegram up, down and back.</summary>
public sealed class ReadinessTests : TelegramTestBase
{
    internal const string ListenAnywhere = "--Health:ListenUrl=http://127.0.0.1:0";

    [Fact]
    public async Task Ready_PlatformDownAndOutboxStalled_Is503WithTheBacklogThenReadyOnceItDrains()
    {
        // Telegram takes updates but refuses every send, as when its API front end fails.
        Telegram.FailNext("sendMessage", 100_000, new FakeFault.ServerError(502));
        await using var bot = await TelegramBotHost.StartAsync(
            Telegram, Database, configure: null, ListenAnywhere, "--Health:MaxOutboxAge=00:00:01", "--Outbox:MaxAttempts=100", "--Outbox:MaxRetryDelay=00:00:00.200");
        using var sut = new HealthClient(bot.Services.GetRequiredService<HealthListener>().ListeningOn[0]);
        var people = Enumerable.Range(1, 3).Select(i => Telegram.CreateUser($"Person{i}")).ToList();
        foreach (var person in people)
        {
            Telegram.EnqueueText(person, "/start");
        }

        // Every update committed first, so the backlog the probe reports is the whole one.
        await HealthClient.UntilAsync(() => bot.ScalarAsync("SELECT count(*) FROM inbound_receipts"), handled => handled == people.Count);
        var stalled = await HealthClient.UntilAsync(sut.ReadyAsync, r => r.Status == HttpStatusCode.ServiceUnavailable);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stalled.Status);
        Assert.False(stalled.Body.GetProperty("ready").GetBoolean());
        var outbox = stalled.Body.GetProperty("outbox");
        Assert.Equal(await bot.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL"), outbox.GetProperty("pending").GetInt32());
        Assert.True(outbox.GetProperty("pending").GetInt32() >= people.Count);
        Assert.True(outbox.GetProperty("oldestPendingAgeSeconds").GetDouble() > 1);
        Assert.Contains(stalled.Body.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("outbox stalled", StringComparison.Ordinal));
        Assert.True(stalled.Body.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.All(people, p => Assert.DoesNotContain(p.Id.ToString(CultureInfo.InvariantCulture), stalled.Raw, StringComparison.Ordinal));

        // Ready may come back a moment before the last reply leaves (a young backlog is not a stalled one): wait for it to drain.
        Telegram.ClearFaults();
        var drained = await HealthClient.UntilAsync(sut.ReadyAsync, r => r.Body.GetProperty("outbox").GetProperty("pending").GetInt32() == 0);

        Assert.Equal(HttpStatusCode.OK, drained.Status);
        Assert.Equal(0, drained.Body.GetProperty("outbox").GetProperty("pending").GetInt32());
        Assert.Empty(drained.Body.GetProperty("problems").EnumerateArray());
        Assert.All(people, p => Assert.NotEmpty(Telegram.SentTo(p)));
    }

    [Fact]
    public async Task Ready_TelegramConnected_ListsTheChannelAndTheProcessMemory()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, configure: null, ListenAnywhere);
        using var sut = new HealthClient(bot.Services.GetRequiredService<HealthListener>().ListeningOn[0]);

        var ready = await HealthClient.UntilAsync(sut.ReadyAsync, r => r.Status == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        var telegram = Assert.Single(ready.Body.GetProperty("channels").EnumerateArray());
        Assert.Equal(TelegramStartup.ChannelName, telegram.GetProperty("name").GetString());
        Assert.True(telegram.GetProperty("healthy").GetBoolean());
        Assert.True(ready.Body.GetProperty("memory").GetProperty("workingSetBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Live_NoChannels_AnswersAndReadyHasNothingToWaitFor()
    {
        var builder = Host.CreateApplicationBuilder([.. Database.Arguments, ListenAnywhere]);
        builder.Services.AddHealLinkStorage(builder.Configuration);
        builder.AddHealthAndMetrics();
        using var host = builder.Build();
        await host.Services.MigrateHealLinkDatabaseAsync();
        await host.StartAsync();
        using var sut = new HealthClient(host.Services.GetRequiredService<HealthListener>().ListeningOn[0]);

        var live = await sut.LiveAsync();
        var ready = await sut.ReadyAsync();
        await host.StopAsync();

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Empty(ready.Body.GetProperty("channels").EnumerateArray());
    }

    [Fact]
    public void Health_NoListenUrl_RegistersNoListener()
    {
        var builder = Host.CreateApplicationBuilder(Database.Arguments);
        builder.Services.AddHealLinkStorage(builder.Configuration);

        builder.AddHealthAndMetrics();

        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(HealthListener));
    }
}

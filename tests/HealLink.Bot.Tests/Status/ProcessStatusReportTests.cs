using HealLink.Bot.Channels.Telegram;
using HealLink.Bot.Status;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Hosting;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Service.Health;
using HealLink.Core.Storage;
using HealLink.FakeTelegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Tests.Status;

/// <summary>The whole bot reports itself to the health page as it runs: its channel, its embedder, its memory, its stop.</summary>
public sealed class ProcessStatusReportTests : TelegramTestBase
{
    private const string QuickReports = "--ProcessStatus:ReportInterval=00:00:01";

    [Fact]
    public async Task Run_OnTelegram_ReportsTheChannelReceivingTheEmbedderAndTheSharedJobs()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, more: QuickReports);

        var sut = await WaitForAsync(bot, p => p.RunsSharedJobs && p.Channels.Any(c => c.Healthy));

        Assert.Equal(bot.Services.GetRequiredService<ProcessIdentity>().Id, sut.Id);
        Assert.Equal(ProcessState.Running, sut.State);
        var channel = Assert.Single(sut.Channels);
        Assert.Equal((TelegramStartup.ChannelName, "receiving through long polling"), (channel.Name, channel.State));
        Assert.StartsWith(bot.Services.GetRequiredService<IEmbedder>().Id, sut.Embedder, StringComparison.Ordinal);
        Assert.True(sut.WorkingSetBytes > 0);
    }

    [Fact]
    public async Task Run_TelegramFailsThenRecovers_ReportsTheChannelUnhealthyThenHealthyAgain()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, more: QuickReports);
        await WaitForAsync(bot, p => p.Channels.Any(c => c.Healthy));

        Telegram.FailNext("getUpdates", 1000, new FakeFault.ServerError(502));
        var failing = await WaitForAsync(bot, p => p.Channels.Any(c => !c.Healthy));
        Telegram.ClearFaults();
        var recovered = await WaitForAsync(bot, p => p.Channels.Any(c => c.Healthy));

        Assert.StartsWith("polling failed: 502", failing.Channels[0].State, StringComparison.Ordinal);
        Assert.True(failing.Channels[0].Since <= DateTimeOffset.UtcNow);
        Assert.Equal("receiving through long polling", recovered.Channels[0].State);
        Assert.True(recovered.Channels[0].Since >= failing.Channels[0].Since);
    }

    [Fact]
    public async Task Stop_Gracefully_ShowsTheProcessStoppedRatherThanGone()
    {
        var bot = await TelegramBotHost.StartAsync(Telegram, Database, more: QuickReports);
        await WaitForAsync(bot, p => p.State == ProcessState.Running);
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>();

        await bot.StopAsync();
        var report = await new ServiceHealth(contexts, TimeProvider.System).ReadAsync(CancellationToken.None);
        await bot.DisposeAsync();

        Assert.Equal(ProcessState.Stopped, Assert.Single(report.Processes).State);
    }

    [Fact]
    public async Task Run_AnotherProcessReportsThenStopsOrFallsSilent_CountsItOnlyWhileItRuns()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, more: QuickReports);
        var instances = bot.Services.GetRequiredService<BotInstances>();
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>();
        var stopping = Other(contexts);
        var silent = Other(contexts);

        await stopping.ReportAsync(Report, CancellationToken.None);
        await silent.ReportAsync(Report, CancellationToken.None);
        await WaitForRunningAsync(instances, 3);
        await stopping.StoppedAsync(CancellationToken.None);
        await WaitForRunningAsync(instances, 2);

        // The silent one is gone once three of its intervals pass without a report, as the health page judges it.
        await WaitForRunningAsync(instances, 1);
    }

    private static ProcessReport Report => new([], null, null, 0, null, []);

    private static ProcessStatusWriter Other(IDbContextFactory<HealLinkDbContext> contexts) => new(
        contexts,
        new ProcessIdentity(TimeProvider.System),
        Options.Create(new ProcessStatusOptions { ReportInterval = TimeSpan.FromSeconds(1) }),
        TimeProvider.System);

    private static async Task WaitForRunningAsync(BotInstances instances, int running)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (instances.Running != running)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }

    private static async Task<ProcessHealth> WaitForAsync(TelegramBotHost bot, Func<ProcessHealth, bool> condition)
    {
        var health = new ServiceHealth(bot.Services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>(), TimeProvider.System);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var report = await health.ReadAsync(timeout.Token);
            if (report.Processes.SingleOrDefault() is { } process && condition(process))
            {
                return process;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}

using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>What the logs may never hold: the bot token (it is in every request address) and what people wrote.</summary>
public sealed class TelegramPrivacyTests : TelegramTestBase
{
    [Fact]
    public async Task Logs_AtEveryLevelThroughFailures_NeverContainTheTokenOrWhatPeopleWrote()
    {
        var logs = new CapturingLoggerProvider();
        await using (var bot = await TelegramBotHost.StartAsync(
            Telegram, DatabasePath, services => services.AddSingleton<ILoggerProvider>(logs), "--Logging:LogLevel:Default=Trace"))
        {
            var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
            Telegram.FailNext("sendMessage", 1, new FakeFault.Drop());
            Telegram.FailNext("sendMessage", 1, new FakeFault.ServerError(502));
            Telegram.FailNext("getUpdates", 1, new FakeFault.TooManyRequests(1));
            await maria.RunAsync(Scripts.StartMentee);
            await maria.SayAsync("Maria-Secret-Name");
            await maria.SayAsync("my kidney story, confidential");
        }

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Telegram.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Maria-Secret-Name", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("confidential", StringComparison.Ordinal));
    }
}

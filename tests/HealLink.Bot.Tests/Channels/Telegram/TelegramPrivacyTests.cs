using HealLink.Bot.Channels.Telegram;
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
        var secretHalf = Telegram.Token[(Telegram.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var address = $"{Telegram.BaseUrl.ToString().TrimEnd('/')}/bot{Telegram.Token}/sendMessage";
        await using (var bot = await TelegramBotHost.StartAsync(Telegram, Database, CaptureEverything(logs)))
        {
            var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
            Telegram.FailNext("sendMessage", 1, new FakeFault.Drop());
            Telegram.FailNext("sendMessage", 1, new FakeFault.ServerError(502));

            // Proxies and gateways echo the address they were asked for, in clear and URL-encoded, into the error.
            Telegram.FailNext("getUpdates", 1, new FakeFault.TooManyRequests(1));
            Telegram.FailNext("getUpdates", 1, new FakeFault.BadRequest($"Bad Request: no route for {address}"));
            Telegram.FailNext("answerCallbackQuery", 1, new FakeFault.BadRequest($"Bad Request: {Uri.EscapeDataString(address)}"));
            Telegram.FailNext("sendMessage", 1, new FakeFault.BadRequest($"Bad Request: secret {secretHalf} refused"));
            await maria.RunAsync(Scripts.StartMentee);
            await maria.SayAsync("Maria-Secret-Name");
            await maria.SayAsync("my kidney story, confidential");
        }

        Assert.Contains(logs.Lines, line => line.StartsWith("Debug", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains(TokenRedactor.Mask, StringComparison.Ordinal));
        foreach (var secret in new[] { Telegram.Token, secretHalf, Uri.EscapeDataString(Telegram.Token), Uri.EscapeDataString(secretHalf) })
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain(logs.Lines, line => line.Contains("Maria-Secret-Name", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("confidential", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every category at Trace, whatever appsettings.json and the test settings say for one (a rule for this
    /// provider outranks every rule without one), HttpClient's own categories included.
    /// </summary>
    private static Action<IServiceCollection> CaptureEverything(CapturingLoggerProvider logs) => services =>
    {
        services.AddSingleton<ILoggerProvider>(logs);
        services.AddLogging(logging => logging.AddFilter<CapturingLoggerProvider>(category: null, LogLevel.Trace));
    };
}

using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>Telegram misbehaving as it does in production: 429s, 403s, 5xx, slow and dropped connections.</summary>
public sealed class TelegramFaultTests : TelegramTestBase
{
    [Fact]
    public async Task Sending_StormOf429s_DelaysButLosesNothingAndKeepsTheOrder()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        Telegram.FailNext("sendMessage", 4, new FakeFault.TooManyRequests(1));

        await maria.RunAsync(Scripts.StartMentee);

        Assert.Equal(4, Telegram.Calls.Count(c => c.Method == "sendmessage" && c.StatusCode == 429));
        Assert.Equal(OnboardingCopy.English.Welcome, maria.Received[0].PlainText);
        Assert.Equal(4, maria.Received.Count);
        Assert.Contains("What should we call you?", maria.Last.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(61)]
    [InlineData(30)]
    public async Task Sending_TooManyRequests_TheOutboxWaitsRetryAfterFromTelegramsAnswer(int retryAfterSeconds)
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var user = Telegram.CreateUser();
        Telegram.FailNext("sendMessage", 1, new FakeFault.TooManyRequests(retryAfterSeconds));

        Telegram.EnqueueText(user, "/start");
        await Telegram.WaitUntilAsync(() => Telegram.Calls.Any(c => c.Method == "sendmessage" && c.StatusCode == 429));
        var answeredAt = Telegram.Calls.First(c => c.StatusCode == 429).At;
        await WaitForAsync(async () => await bot.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE attempts = 1") == 1);

        // The send came back at once (Telegram.Bot did not sleep through the wait inside the client, as it would
        // up to 60 s by default) and the outbox holds the message until Telegram's wait is over, rather than its
        // own 50 ms first backoff.
        var nextAttempt = DateTimeOffset.FromUnixTimeMilliseconds(
            await bot.ScalarAsync("SELECT next_attempt_at FROM outbox_messages WHERE attempts = 1"));
        var wait = TimeSpan.FromSeconds(retryAfterSeconds);
        // The outbox keeps whole milliseconds, so the stored time may fall up to one short of the exact instant.
        Assert.InRange(nextAttempt - answeredAt, wait - TimeSpan.FromMilliseconds(1), wait + TimeSpan.FromSeconds(15));
        Assert.Empty(Telegram.SentTo(user.Id));
        Assert.Single(Telegram.CallsOf("sendMessage"));
    }

    [Fact]
    public async Task StartUp_CommandMenuRefusedByTheServer_PeopleAreAnsweredAnywayAndTheMenuIsRetried()
    {
        // An independent Bot API server that does not implement setMyCommands.
        Telegram.FailNext("setMyCommands", 1000, new FakeFault.ServerError(500));
        var logs = new CapturingLoggerProvider();
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, services => services.AddSingleton<ILoggerProvider>(logs));
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };

        var replies = await maria.SayAsync("/start");
        await Telegram.WaitUntilAsync(() => Telegram.CallsOf("setMyCommands").Count >= 2);

        Assert.Equal(2, replies.Count);
        Assert.Single(logs.Lines, line => line.Contains("command menu could not be set", StringComparison.Ordinal));
        Telegram.ClearFaults();
        await Telegram.WaitUntilAsync(() => Telegram.Commands.Count > 0, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Sending_ServerErrorsSlowAnswersAndDroppedConnections_AreRetriedUntilDelivered()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        Telegram.FailNext("sendMessage", 1, new FakeFault.ServerError(502));

        await maria.SayAsync("hello");
        Telegram.FailNext("sendMessage", 1, new FakeFault.Drop());
        await maria.PressAsync("I agree");
        Telegram.FailNext("sendMessage", 1, new FakeFault.Slow(TimeSpan.FromMilliseconds(700)));
        await maria.PressAsync(Scripts.MenteeLabel);

        Assert.Equal(4, maria.Received.Count);
        Assert.Contains("What should we call you?", maria.Last.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_PersonBlockedTheBot_IsMarkedUnreachableAndNotRetried()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var user = Telegram.CreateUser();
        Telegram.Block(user);

        var updateId = Telegram.EnqueueText(user, "/start");
        await Telegram.WaitUntilAsync(() => Telegram.Calls.Any(c => c.Method == "sendmessage" && c.StatusCode == 403));
        await bot.WaitUntilHandledAsync(updateId);

        Assert.Equal(1, await bot.ScalarAsync("SELECT count(*) FROM platform_accounts WHERE unreachable_since IS NOT NULL"));
        Assert.Equal(2, await bot.ScalarAsync("SELECT count(*) FROM outbox_messages WHERE failed_at IS NOT NULL"));
        Assert.Equal(1, Telegram.Calls.Count(c => c.Method == "sendmessage"));
    }

    [Fact]
    public async Task Sending_ChatMigrated_FollowsItToTheNewId()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var user = Telegram.CreateUser();
        var movedTo = Telegram.CreateUser("Moved");
        Telegram.MigrateChat(user.Id, movedTo.Id);

        var updateId = Telegram.EnqueueText(user, "/start");
        await bot.WaitUntilHandledAsync(updateId);

        Assert.Equal(2, Telegram.SentTo(movedTo.Id).Count);
        Assert.Equal(1, await bot.ScalarAsync($"SELECT count(*) FROM platform_accounts WHERE chat_id = '{movedTo.Id}'"));
    }

    [Fact]
    public async Task Polling_TelegramUnreachableForAWhile_BacksOffAndCarriesOn()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        Telegram.FailNext("getUpdates", 2, new FakeFault.ServerError(502));
        Telegram.FailNext("getUpdates", 1, new FakeFault.Drop());

        var replies = await maria.SayAsync("hello");

        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Sending_WithTelegramsOwnLimitsEnforced_OurLimiterKeepsUnderThem()
    {
        Telegram.EnforceRateLimits(perChatPerSecond: 1, perChatBurst: 3, globalPerSecond: 30);
        await using var bot = await TelegramBotHost.StartAsync(
            Telegram, Database, configure: null, "--Telegram:PerChatMessagesPerSecond=0.9", "--Telegram:PerChatBurst=3");
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };

        await maria.RunAsync(Scripts.StartMentee);
        await maria.SayAsync("/help");

        Assert.Equal(6, maria.Received.Count);
        Assert.Equal(0, Telegram.TooManyRequestsAnswered);
        var sent = maria.Received.Select(m => m.SentAt).ToList();
        Assert.True(sent[^1] - sent[0] >= TimeSpan.FromSeconds(2), "six messages at one a second after a burst of three");
    }

    [Fact]
    public async Task StartUp_TokenRejected_StopsWithAClearMessageWithoutTheToken()
    {
        using var errors = new StringWriter();
        string[] settings = [.. TelegramBotHost.Settings(Telegram, Database), "--Telegram:BotToken=999999:WRONG-token-abcdef"];

        var exitCode = await BotHost.RunAsync(() => BotHost.CreateBuilder(settings), errors).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains("Telegram rejected the bot token", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Telegram:BotToken", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("WRONG-token", errors.ToString(), StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}

using HealLink.Bot.Tests.Channels.Discord.Bot;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeDiscord;
using HealLink.FakeTelegram;
using static HealLink.Bot.Tests.Logging.TracedConversation;

namespace HealLink.Bot.Tests.Logging;

/// <summary>
/// The whole bot on the fake platforms, every category logging at Trace: two people onboard, are matched and talk,
/// and nothing they wrote, no platform id of theirs and no part of a token reaches any log entry.
/// </summary>
public sealed class TraceLogPrivacyTests : TelegramTestBase
{
    [Fact]
    public async Task Logs_AtTraceThroughOnboardingMatchAndRelay_HoldNoTextIdOrToken()
    {
        var logs = new RecordingLoggerProvider();
        var (mentorUser, menteeUser) = (Telegram.CreateUser(MentorName), Telegram.CreateUser(MenteeName));
        await using (var bot = await TelegramBotHost.StartAsync(Telegram, Database, logs.AddTo))
        {
            AssertTraceIsOn(bot.Services);
            var mentor = new TelegramPerson(Telegram, mentorUser) { Bot = bot };
            var mentee = new TelegramPerson(Telegram, menteeUser) { Bot = bot };
            await MeetAndAskAsync(bot, mentor.RunAsync, mentor.PressAsync, mentee);
            await mentor.SayAsync(Answer);
            await mentee.SendAsync(() => Telegram.EnqueuePhoto(mentee.User, Caption));
            var question = Telegram.ChatHistory(mentee.User).Last(m => m.Text == Question);
            await mentee.SendAsync(() => Telegram.EnqueueEdit(mentee.User, question.MessageId, Edited));

            Assert.Equal($"{MenteeName}: {Question}", mentor.Received.Single(r => r.Text.EndsWith(Question, StringComparison.Ordinal)).Text);
            Assert.Equal($"{MentorName}: {Answer}", mentee.Last.Text);
            Assert.Equal($"{MenteeName} edited a message: {Edited}", mentor.Last.Text);

            // The paths that store people's words elsewhere or send them whole: a crisis flag, an export, a report, an erasure.
            await mentee.SayAsync(Crisis);
            Assert.Equal(1, await bot.ScalarAsync("SELECT COUNT(*) FROM crisis_flags"));
            Assert.Equal("heallink-export.json", (await mentee.SayAsync("/export"))[^1].DocumentName);
            await mentor.SayAsync("/report");
            await mentor.PressAsync(ConnectionCopy.English.ReportLabel(MenteeName));
            Assert.Equal(1, await bot.ScalarAsync("SELECT COUNT(*) FROM reports"));
            await mentee.SayAsync("/delete");
            Assert.Equal(ConversationCopy.English.Erased, (await mentee.PressAsync(ConversationCopy.English.EraseYes))[^1].Text);
        }

        AssertEverythingWasRecorded(logs.Records);
        AssertNoneFound(WithTelegram(PeoplesWords(), mentorUser, menteeUser).Scan(logs.Records));
    }

    [Fact]
    public async Task Logs_AtTraceWithTheMentorOnDiscord_HoldNoTextIdOrEitherToken()
    {
        var logs = new RecordingLoggerProvider();
        await using var discord = await FakeDiscordServer.StartAsync();
        var (mentorUser, menteeUser) = (discord.CreateUser(MentorName.ToLowerInvariant()), Telegram.CreateUser(MenteeName));
        await using (var bot = await TelegramBotHost.StartAsync(Telegram, Database, logs.AddTo, DiscordBotHost.Settings(discord, Database)))
        {
            await discord.Gateway.WaitUntilAsync(() => discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
            var mentor = new DiscordPerson(discord, mentorUser) { Database = bot.Database };
            var mentee = new TelegramPerson(Telegram, menteeUser) { Bot = bot };
            await MeetAndAskAsync(bot, mentor.RunAsync, mentor.PressAsync, mentee);
            await mentor.SayAsync(Answer);
            await mentor.EditAsync(mentor.LastWrittenId!, Edited);
            await mentee.SendAsync(() => Telegram.EnqueuePhoto(mentee.User, Caption, [0xFF, 0xD8, 0xFF, 0xE0, 0x11, 0xFF, 0xD9]));

            Assert.Equal($"{MenteeName}: {Caption}", mentor.Last.Content);
            Assert.Equal($"{MentorName} edited a message: {Edited}", mentee.Last.Text);
        }

        AssertEverythingWasRecorded(logs.Records);
        var discordSecret = discord.Token[(discord.Token.LastIndexOf('.') + 1)..];
        var scanner = WithTelegram(PeoplesWords(), menteeUser)
            .Text("the Discord token", discord.Token)
            .Text("the Discord token's secret part", discordSecret)
            .Text("the mentor's Discord id", mentorUser.Id)
            .Text("the mentor's Discord channel id", mentorUser.DmChannelId)
            .Text("the mentor's Discord username", mentorUser.Username);
        AssertNoneFound(scanner.Scan(logs.Records));
    }

    /// <summary>
    /// Both onboard, the mentor is approved, the mentee asks for them and they accept; then the mentee asks a question
    /// through failed sends, which are logged with what went wrong.
    /// </summary>
    private async Task MeetAndAskAsync(TelegramBotHost bot, Func<IEnumerable<ChatStep>, Task> mentorRuns, Func<string, Task> mentorPresses, TelegramPerson mentee)
    {
        await mentorRuns(MentorSteps);
        await bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'");
        await mentee.RunAsync(MenteeSteps);
        await mentee.SayAsync("/match");
        await mentee.PressAsync("Choose for me");
        await mentee.PressAsync($"Connect with {MentorName}");
        await mentorPresses("Accept");

        Telegram.FailNext("sendMessage", 1, new FakeFault.Drop());
        Telegram.FailNext("sendMessage", 1, new FakeFault.ServerError(502));
        await mentee.SayAsync(Question);
    }

    /// <summary>The Telegram token in every form an address shows it, and each person's id (a private chat's too) and username.</summary>
    private LogLeakScanner WithTelegram(LogLeakScanner scanner, params FakeTelegramUser[] people)
    {
        var token = Telegram.Token;
        scanner
            .Text("the token", token)
            .Text("the token's secret half", token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..])
            .Text("the URL-encoded token", Uri.EscapeDataString(token));
        foreach (var user in people)
        {
            scanner.Id($"the Telegram id of {user.FirstName}", user.Id).Text($"the username of {user.FirstName}", user.Username!);
        }

        return scanner;
    }
}

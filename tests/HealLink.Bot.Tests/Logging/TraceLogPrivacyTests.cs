using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Service.Logging;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Logging;

/// <summary>
/// The whole bot on the fake Telegram server, every category logging at Trace: two people onboard, are matched and
/// talk, and nothing they wrote, no platform id of theirs and no part of the token reaches any log entry.
/// </summary>
public sealed class TraceLogPrivacyTests : TelegramTestBase
{
    // Words no template, catalogue or log message has, so finding one means a person's own text leaked.
    private const string MenteeName = "Ximenara";
    private const string MentorName = "Thaddeor";
    private const string Hospital = "Vellingford Infirmary";
    private const string MenteeIntro = Scripts.MenteeIntro + " My cat Quillonby sits with me through it.";
    private const string MentorIntro = Scripts.MentorIntro + " Gardening with Bramwellow helped me most.";
    private const string Question = "Is the Zanzibrine drain painful after the operation?";
    private const string Answer = "Only in the first Oxtoberry week, then it eases.";
    private const string Caption = "My scar at two weeks, Pellucidor";
    private const string Edited = "I feel better today, Marrowickle";

    [Fact]
    public async Task Logs_AtTraceThroughOnboardingMatchAndRelay_HoldNoTextIdOrToken()
    {
        var logs = new RecordingLoggerProvider();
        var (mentorUser, menteeUser) = (Telegram.CreateUser(MentorName), Telegram.CreateUser(MenteeName));
        await using (var bot = await TelegramBotHost.StartAsync(Telegram, DatabasePath, RecordEverything(logs)))
        {
            var mentor = new TelegramPerson(Telegram, mentorUser) { Bot = bot };
            var mentee = new TelegramPerson(Telegram, menteeUser) { Bot = bot };
            await OnboardAndConnectAsync(bot, mentor, mentee);
            Assert.True(bot.Services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient.Any").IsEnabled(LogLevel.Trace));

            // Failed sends are logged with what went wrong; the relayed question goes through them.
            Telegram.FailNext("sendMessage", 1, new FakeFault.Drop());
            Telegram.FailNext("sendMessage", 1, new FakeFault.ServerError(502));
            await mentee.SayAsync(Question);
            await mentor.SayAsync(Answer);
            await mentee.SendAsync(() => Telegram.EnqueuePhoto(mentee.User, Caption));
            var typo = Telegram.ChatHistory(mentee.User).Last(m => m.Text == Question);
            await mentee.SendAsync(() => Telegram.EnqueueEdit(mentee.User, typo.MessageId, Edited));

            Assert.Equal($"{MenteeName}: {Question}", mentor.Received.Single(r => r.Text.EndsWith(Question, StringComparison.Ordinal)).Text);
            Assert.Equal($"{MentorName}: {Answer}", mentee.Last.Text);
            Assert.Equal($"{MenteeName} edited a message: {Edited}", mentor.Last.Text);
        }

        var records = logs.Records;
        AssertEverythingWasRecorded(records);
        var found = Secrets(mentorUser, menteeUser).Scan(records);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Take(30)));
    }

    private static async Task OnboardAndConnectAsync(TelegramBotHost bot, TelegramPerson mentor, TelegramPerson mentee)
    {
        await mentor.RunAsync(Scripts.MentorByButtons.Select(step => step switch
        {
            ChatStep.Say { Text: "Sam" } => new ChatStep.Say(MentorName),
            ChatStep.Say { Text: "St Mary's Hospital" } => new ChatStep.Say(Hospital),
            ChatStep.Say { Text: Scripts.MentorIntro } => new ChatStep.Say(MentorIntro),
            _ => step,
        }));
        await bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'");
        await mentee.RunAsync(Scripts.MenteeByButtons.Select(step => step switch
        {
            ChatStep.Say { Text: Scripts.MenteeName } => new ChatStep.Say(MenteeName),
            ChatStep.Say { Text: Scripts.MenteeIntro } => new ChatStep.Say(MenteeIntro),
            _ => step,
        }));
        await mentee.SayAsync("/match");
        await mentee.PressAsync("Choose for me");
        await mentee.PressAsync($"Connect with {MentorName}");
        await mentor.PressAsync("Accept");
    }

    /// <summary>The capture saw the whole run, EF Core's SQL and the failed sends included, with their correlation scopes.</summary>
    private static void AssertEverythingWasRecorded(IReadOnlyList<LogRecord> records)
    {
        Assert.Contains(records, r => r.Level == LogLevel.Debug);
        Assert.Contains(records, r => r.Message.Contains("will be retried", StringComparison.Ordinal) && r.Scopes.Any(s => s.StartsWith($"{LogCorrelation.PropertyName}=out:", StringComparison.Ordinal)));
        Assert.Contains(records, r => r.Category == "Microsoft.EntityFrameworkCore.Database.Command");
        Assert.Contains(records, r => r.Scopes.Any(s => s.StartsWith($"{LogCorrelation.PropertyName}=in:telegram:", StringComparison.Ordinal)));
        Assert.Contains(records, r => r.Scopes.Any(s => s.StartsWith($"{LogCorrelation.PropertyName}=out:", StringComparison.Ordinal)));

        // Their request addresses would carry the token: no HttpClient of the bot's logs them.
        Assert.DoesNotContain(records, r => r.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }

    private LogLeakScanner Secrets(params FakeTelegramUser[] people)
    {
        var token = Telegram.Token;
        var secretHalf = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var scanner = new LogLeakScanner()
            .Text("the token", token)
            .Text("the token's secret half", secretHalf)
            .Text("the URL-encoded token", Uri.EscapeDataString(token))
            .Text("the mentee's intro", MenteeIntro)
            .Text("the mentor's intro", MentorIntro);
        foreach (var (name, text) in new[]
        {
            ("the mentee's name", MenteeName), ("the mentor's name", MentorName), ("the hospital", Hospital),
            ("a word of the mentee's intro", "Quillonby"), ("a word of the mentor's intro", "Bramwellow"),
            ("a relayed question", "Zanzibrine"), ("a relayed answer", "Oxtoberry"), ("a photo's caption", "Pellucidor"),
            ("an edit", "Marrowickle"),
        })
        {
            scanner.Text(name, text);
        }

        // A private chat's id is its person's id.
        foreach (var user in people)
        {
            scanner.Id($"the platform id of {user.FirstName}", user.Id).Text($"the username of {user.FirstName}", user.Username!);
        }

        return scanner;
    }

    /// <summary>
    /// Every category at Trace, whatever appsettings.json and the test settings say for one (a rule for this
    /// provider outranks every rule without one), HttpClient's own categories included.
    /// </summary>
    private static Action<IServiceCollection> RecordEverything(RecordingLoggerProvider logs) => services =>
    {
        services.AddSingleton<ILoggerProvider>(logs);
        services.AddLogging(logging => logging.AddFilter<RecordingLoggerProvider>(category: null, LogLevel.Trace));
    };
}

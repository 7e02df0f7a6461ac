using HealLink.Core.Service.Logging;
using HealLink.Core.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Logging;

/// <summary>
/// What two people say while the whole bot logs everything: the scripts' answers with words no template, catalogue
/// or log message has, so finding one in a log means a person's own text leaked.
/// </summary>
internal static class TracedConversation
{
    public const string MenteeName = "Ximenara";
    public const string MentorName = "Thaddeor";
    public const string Hospital = "Vellingford Infirmary";
    public const string MenteeIntro = Scripts.MenteeIntro + " My cat Quillonby sits with me through it.";
    public const string MentorIntro = Scripts.MentorIntro + " Gardening with Bramwellow helped me most.";
    public const string Question = "Is the Zanzibrine drain painful after the operation?";
    public const string Answer = "Only in the first Oxtoberry week, then it eases.";
    public const string Caption = "My scar at two weeks, Pellucidor";
    public const string Edited = "I feel better today, Marrowickle";

    /// <summary>Crisis words, which are flagged for coordinators with an excerpt, and passed on.</summary>
    public const string Crisis = "Honestly I just want it all to end. Grimsworthy knows.";

    public static IEnumerable<ChatStep> MentorSteps => Scripts.MentorByButtons.Select(step => step switch
    {
        ChatStep.Say { Text: "Sam" } => new ChatStep.Say(MentorName),
        ChatStep.Say { Text: "St Mary's Hospital" } => new ChatStep.Say(Hospital),
        ChatStep.Say { Text: Scripts.MentorIntro } => new ChatStep.Say(MentorIntro),
        _ => step,
    });

    public static IEnumerable<ChatStep> MenteeSteps => Scripts.MenteeByButtons.Select(step => step switch
    {
        ChatStep.Say { Text: Scripts.MenteeName } => new ChatStep.Say(MenteeName),
        ChatStep.Say { Text: Scripts.MenteeIntro } => new ChatStep.Say(MenteeIntro),
        _ => step,
    });

    /// <summary>Everything the two wrote, whole and by the words only they used.</summary>
    public static LogLeakScanner PeoplesWords() => new LogLeakScanner()
        .Text("the mentee's intro", MenteeIntro)
        .Text("the mentor's intro", MentorIntro)
        .Text("the mentee's name", MenteeName)
        .Text("the mentor's name", MentorName)
        .Text("the hospital", Hospital)
        .Text("a word of the mentee's intro", "Quillonby")
        .Text("a word of the mentor's intro", "Bramwellow")
        .Text("a relayed question", "Zanzibrine")
        .Text("a relayed answer", "Oxtoberry")
        .Text("a photo's caption", "Pellucidor")
        .Text("an edit", "Marrowickle")
        .Text("crisis words", "Grimsworthy");

    public static void AssertTraceIsOn(IServiceProvider bot) =>
        Assert.True(bot.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient.Any").IsEnabled(LogLevel.Trace));

    /// <summary>The capture saw the whole run, EF Core's SQL and the failed sends included, with their correlation scopes.</summary>
    public static void AssertEverythingWasRecorded(IReadOnlyList<LogRecord> records)
    {
        Assert.Contains(records, r => r.Level == LogLevel.Debug);
        Assert.Contains(records, r => r.Category == "Microsoft.EntityFrameworkCore.Database.Command");
        Assert.Contains(records, r => r.Message.Contains("will be retried", StringComparison.Ordinal) && HasCorrelation(r, "out:"));
        Assert.Contains(records, r => HasCorrelation(r, "in:telegram:"));

        // Their request addresses would carry the token: no HttpClient of the bot's logs them.
        Assert.DoesNotContain(records, r => r.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }

    public static bool HasCorrelation(LogRecord record, string prefix) =>
        record.Scopes.Any(s => s.StartsWith($"{LogCorrelation.PropertyName}={prefix}", StringComparison.Ordinal));

    public static void AssertNoneFound(IReadOnlyList<string> found) =>
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Take(30)));
}

using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Logging;

/// <summary>The scanner the privacy test relies on finds a leak wherever an entry could carry it.</summary>
public sealed class LogLeakScannerTests
{
    private const string Intro = "I'm waiting for a kidney transplant and my cat Quillon keeps me company.";

    [Fact]
    public void Scan_IntroLoggedInAMessage_IsFound()
    {
        var sut = new LogLeakScanner().Text("intro", Intro);

        var found = sut.Scan(Record(logger => logger.LogTrace("Saved the answer {Answer}", Intro)));

        Assert.Equal(["intro in the message of [Trace Test: Saved the answer " + Intro + "]", "intro in the value of [Trace Test: Saved the answer " + Intro + "]"], found);
    }

    [Fact]
    public void Scan_IntroInAScopeOrAnException_IsFound()
    {
        var sut = new LogLeakScanner().Text("intro", "QUILLON");

        var found = sut.Scan(Record(logger =>
        {
            using (logger.BeginScope("Answer {Answer}", Intro))
            {
                logger.LogDebug("Saving");
            }

            logger.LogWarning(new InvalidOperationException($"Could not save '{Intro}'"), "Saving failed");
        }));

        Assert.Contains(found, f => f.StartsWith("intro in the scope of [Debug Test: Saving]", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith("intro in the exception of [Warning Test: Saving failed]", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_IdStandingAlone_IsFound_ButNotInsideALongerNumber()
    {
        var sut = new LogLeakScanner().Id("user id", 1001);

        var found = sut.Scan(Record(logger =>
        {
            logger.LogInformation("Listening on port 41001, update 100100101");
            logger.LogInformation("Chat {ChatId} is unreachable", 1001);
        }));

        Assert.All(found, f => Assert.Contains("Chat 1001 is unreachable", f, StringComparison.Ordinal));
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Scan_EntriesWithoutSecrets_FindsNothing()
    {
        var sut = new LogLeakScanner().Text("intro", Intro).Id("user id", 1001);

        var found = sut.Scan(Record(logger => logger.LogInformation("Update {UpdateId} handled for person {Person}", 100000001, "p:3f9a1c2b")));

        Assert.Empty(found);
    }

    private static IReadOnlyList<LogRecord> Record(Action<ILogger> write)
    {
        var recorder = new RecordingLoggerProvider();
        using (var factory = LoggerFactory.Create(logging => logging.AddProvider(recorder).SetMinimumLevel(LogLevel.Trace)))
        {
            write(factory.CreateLogger("Test"));
        }

        return recorder.Records;
    }
}

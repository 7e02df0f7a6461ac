using System.Globalization;
using HealLink.Admin.Pages.Mentors;

namespace HealLink.Admin.Service;

/// <summary>
/// Times, spans and sizes on the service pages, in words a coordinator reads at a glance. Times are UTC and say so:
/// the bot, the panel and the coordinator may each be in a different time zone.
/// </summary>
public static class ServiceText
{
    public static string When(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset? time) => time is { } known ? When(known) : "—";

    /// <summary>A time in a table whose heading already says UTC: short enough not to wrap in a narrow column.</summary>
    public static string InTable(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A process's id as "host/pid/" and the start of its random part: enough to tell processes apart on one page,
    /// short enough to read. The whole id is on the health page.
    /// </summary>
    public static string Process(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var random = id.LastIndexOf('/');
        return random >= 0 && id.Length - random > 9 ? id[..(random + 9)] : id;
    }

    /// <summary>"3 hours", "under a minute": how long since, or until, a moment.</summary>
    public static string Span(TimeSpan span) => Waiting.Describe(span.Duration());

    /// <summary>"every 2 seconds", "every minute", "every 6 hours".</summary>
    public static string Every(TimeSpan interval) => "every " + (interval switch
    {
        { TotalSeconds: < 60 } when interval.TotalSeconds % 1 == 0 => Plural((int)interval.TotalSeconds, "second"),
        { TotalSeconds: < 60 } => $"{interval.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds",
        { TotalHours: < 1 } when interval.Seconds == 0 => Plural((int)interval.TotalMinutes, "minute"),
        { TotalDays: < 1 } when interval.Minutes == 0 && interval.Seconds == 0 => Plural((int)interval.TotalHours, "hour"),
        _ => interval.ToString("c", CultureInfo.InvariantCulture),
    });

    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " MB";

    private static string Plural(int count, string unit) => count == 1 ? $"{unit}" : $"{count} {unit}s";
}

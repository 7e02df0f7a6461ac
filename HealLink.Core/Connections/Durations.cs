using System.Globalization;

namespace HealLink.Core.Connections;

/// <summary>A configured duration as people say it: "two days", "a day", "12 hours", "an hour", "30 minutes".</summary>
public static class Durations
{
    private static readonly string[] _small = ["", "a", "two", "three", "four", "five", "six", "seven"];

    public static string InWords(TimeSpan duration)
    {
        // Rounded to the unit people would use: a promise of "two days" is read in whole days.
        if (duration >= TimeSpan.FromHours(23.5))
        {
            return Counted((int)Math.Round(duration.TotalDays), "day");
        }

        return duration >= TimeSpan.FromMinutes(59.5)
            ? Counted((int)Math.Round(duration.TotalHours), "hour", an: true)
            : Counted(Math.Max(1, (int)Math.Round(duration.TotalMinutes)), "minute");
    }

    private static string Counted(int count, string unit, bool an = false) => count switch
    {
        1 => $"{(an ? "an" : "a")} {unit}",
        < 8 when unit == "day" => $"{_small[count]} {unit}s",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count} {unit}s"),
    };
}

using HealLink.Core.People;

namespace HealLink.Core.Connections.Timing;

/// <summary>Nights are quiet: nothing that can wait is sent between 22:00 and 08:00 in the person's own time zone.</summary>
/// <remarks>
/// Platforms do not tell us anyone's time zone; people choose theirs with /timezone. Until they do, every moment is
/// allowed: the server's clock says nothing about where a person sleeps.
/// </remarks>
internal sealed class NightQuietHours : IQuietHours
{
    public static TimeOnly QuietFrom { get; } = new(22, 0);

    public static TimeOnly QuietUntil { get; } = new(8, 0);

    public bool AllowsNow(Profile person, DateTimeOffset now) =>
        TimeZoneOf(person) is not { } zone || !IsNight(TimeZoneInfo.ConvertTime(now, zone));

    /// <summary>Whether a local time falls in the quiet window, which spans midnight.</summary>
    public static bool IsNight(DateTimeOffset localTime)
    {
        var time = TimeOnly.FromTimeSpan(localTime.TimeOfDay);
        return time >= QuietFrom || time < QuietUntil;
    }

    /// <summary>The person's time zone, or null when they have not chosen one.</summary>
    private static TimeZoneInfo? TimeZoneOf(Profile person) => TimeZoneChoices.Find(person.TimeZone);
}

using System.Globalization;

namespace HealLink.Admin.Pages.Display;

/// <summary>A moment as every coordinator reads it the same way, wherever they are: UTC, to the minute.</summary>
public static class Moment
{
    public static string Of(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";
}

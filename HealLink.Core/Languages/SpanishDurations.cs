using System.Globalization;

namespace HealLink.Core.Languages;

/// <summary>
/// A configured duration as Spanish speakers say it: "dos días", "un día", "12 horas", "una hora", "30 minutos";
/// the Spanish twin of <see cref="Connections.Durations"/>, rounded the same way.
/// </summary>
internal static class SpanishDurations
{
    private static readonly string[] _small = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete"];

    public static string InWords(TimeSpan duration)
    {
        // Rounded to the unit people would use: a promise of "dos días" is read in whole days.
        if (duration >= TimeSpan.FromHours(23.5))
        {
            var days = (int)Math.Round(duration.TotalDays);
            return days switch
            {
                1 => "un día",
                < 8 => $"{_small[days]} días",
                _ => Counted(days, "días"),
            };
        }

        if (duration >= TimeSpan.FromMinutes(59.5))
        {
            var hours = (int)Math.Round(duration.TotalHours);
            return hours == 1 ? "una hora" : Counted(hours, "horas");
        }

        var minutes = Math.Max(1, (int)Math.Round(duration.TotalMinutes));
        return minutes == 1 ? "un minuto" : Counted(minutes, "minutos");
    }

    private static string Counted(int count, string units) => string.Create(CultureInfo.InvariantCulture, $"{count} {units}");
}

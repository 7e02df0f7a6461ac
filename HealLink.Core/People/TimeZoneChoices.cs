namespace HealLink.Core.People;

/// <summary>
/// The time zones someone can pick with /timezone: the places most people we serve live, as IANA ids (which carry
/// daylight saving). A short list of buttons beats typing a zone name on a phone; anyone not listed picks the
/// nearest place. Keys are short, for button payloads.
/// </summary>
public static class TimeZoneChoices
{
    public static IReadOnlyList<TimeZoneChoice> All { get; } =
    [
        new("la", "US Pacific (Los Angeles)", "America/Los_Angeles"),
        new("den", "US Mountain (Denver)", "America/Denver"),
        new("chi", "US Central (Chicago)", "America/Chicago"),
        new("ny", "US Eastern (New York)", "America/New_York"),
        new("mex", "Mexico City", "America/Mexico_City"),
        new("bog", "Bogotá, Lima", "America/Bogota"),
        new("ba", "Buenos Aires", "America/Argentina/Buenos_Aires"),
        new("lon", "UK, Ireland, Portugal", "Europe/London"),
        new("mad", "Spain, France, Germany, Italy", "Europe/Madrid"),
        new("ath", "Greece, Finland, Romania", "Europe/Athens"),
        new("ind", "India", "Asia/Kolkata"),
        new("syd", "Australia East (Sydney)", "Australia/Sydney"),
    ];

    public static TimeZoneChoice? ByKey(string key) => All.FirstOrDefault(c => c.Key == key);

    /// <summary>The zone behind a stored id, or null when none is stored or this machine does not know it.</summary>
    public static TimeZoneInfo? Find(string? ianaId)
    {
        if (string.IsNullOrEmpty(ianaId))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : null;
    }
}

/// <param name="Key">What the button carries.</param>
/// <param name="Label">What the button says.</param>
/// <param name="IanaId">What is stored.</param>
public sealed record TimeZoneChoice(string Key, string Label, string IanaId);

using System.Globalization;
using HealLink.Core.Messaging;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// /timezone: where the person lives, so reminders and check-ins never arrive in their night. Optional, asked only
/// when they choose to; platforms never tell us.
/// </summary>
internal static class TimeZoneQuestion
{
    public const string Question =
        "Where are you? I'll keep reminders and check-ins between 8:00 and 22:00 your time. Pick the nearest place:";

    public const string ConsentFirst = "Let's get started first — then you can tell me your time zone.";

    public static void Ask(Turn turn) =>
        turn.Say(new Reply(
            Question,
            [.. TimeZoneChoices.All.Chunk(2).Select(pair => (IReadOnlyList<Button>)[.. pair.Select(c => new Button(c.Label, ButtonPayload.TimeZone(c)))])]));

    public static void Choose(Turn turn, TimeZoneChoice choice)
    {
        if (turn.Profile.ConsentedAt is null)
        {
            turn.Say(ConsentFirst);
            return;
        }

        turn.Profile.TimeZone = choice.IanaId;
        turn.ProfileChanged();
        var local = TimeZoneChoices.Find(choice.IanaId) is { } zone
            ? TimeZoneInfo.ConvertTime(turn.Now, zone).ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;
        turn.Say(Saved(choice.Label, local));
    }

    public static string Saved(string label, string? localTime) =>
        $"Saved: {label}."
        + (localTime is null ? "" : $" It's {localTime} there now.")
        + " I'll keep reminders and check-ins to between 8:00 and 22:00 your time. /timezone changes it.";
}

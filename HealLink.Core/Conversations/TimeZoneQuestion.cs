using System.Globalization;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// /timezone: where the person lives, so reminders and check-ins never arrive in their night. Optional, asked only
/// when they choose to; platforms never tell us.
/// </summary>
internal static class TimeZoneQuestion
{
    public static void Ask(Turn turn, OnboardingCopy copy) =>
        turn.Say(new Reply(
            copy.TimeZonePrompt,
            [.. TimeZoneChoices.All.Chunk(2).Select(pair => (IReadOnlyList<Button>)[.. pair.Select(c => new Button(copy.TimeZoneLabel(c), ButtonPayload.TimeZone(c)))])]));

    public static void Choose(Turn turn, TimeZoneChoice choice, OnboardingCopy copy)
    {
        if (turn.Profile.ConsentedAt is null)
        {
            turn.Say(copy.TimeZoneConsentFirst);
            return;
        }

        turn.Profile.TimeZone = choice.IanaId;
        turn.ProfileChanged();
        var local = TimeZoneChoices.Find(choice.IanaId) is { } zone
            ? TimeZoneInfo.ConvertTime(turn.Now, zone).ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;
        turn.Say(copy.TimeZoneSaved(copy.TimeZoneLabel(choice), local));
    }
}

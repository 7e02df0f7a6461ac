using HealLink.Core.People;
using HealLink.Core.Vetting;

namespace HealLink.Admin.Pages.Mentors;

/// <summary>What a coordinator is told after a decision.</summary>
internal static class VettingMessages
{
    public static string Describe(VettingOutcome outcome) => outcome switch
    {
        VettingOutcome.Done { MentorTold: true } done => $"Done: the mentor is now {done.Status.ToString().ToLowerInvariant()}, and the bot is telling them in their chat.",
        VettingOutcome.Done done => $"Done: the mentor is now {done.Status.ToString().ToLowerInvariant()}. They can't be reached on any platform right now, so they'll see it in their /profile.",
        VettingOutcome.NotFound => "That mentor is no longer here (they may have deleted their profile).",
        VettingOutcome.NotAllowed refused => $"Nothing changed: that mentor is {(refused.Current ?? VettingStatus.Pending).ToString().ToLowerInvariant()} now, perhaps decided by someone else a moment ago.",
        _ => "Please write a reason: the mentor reads it.",
    };
}

using HealLink.Core.Safety.Casework;

namespace HealLink.Admin.Pages.Safety;

/// <summary>What a coordinator is told after acting on a crisis flag or report.</summary>
internal static class CaseMessages
{
    /// <param name="done">What to say when it worked and everyone it concerns is being told.</param>
    public static string Describe(CaseOutcome outcome, string done) => outcome switch
    {
        CaseOutcome.Done => done,
        CaseOutcome.NotFound => "That case is no longer here (the person may have deleted their data).",
        CaseOutcome.NotAllowed refused => $"Nothing changed: {refused.Why}",
        _ => "Please write something first: nothing was sent or saved.",
    };
}

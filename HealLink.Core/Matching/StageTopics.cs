using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>The help topics (mentors' keys) that matter most at each point of a mentee's path.</summary>
internal static class StageTopics
{
    public static IReadOnlyList<string> For(Stage? stage) => stage switch
    {
        Stage.Preparing => ["waiting", "surgery-prep", "mood"],
        Stage.InHospital => ["hospital-stay", "pain-recovery"],
        Stage.RecoveringFirstMonths => ["pain-recovery", "medication", "diet"],
        Stage.RecoveringLongTerm => ["work", "family", "mood"],
        _ => [],
    };
}

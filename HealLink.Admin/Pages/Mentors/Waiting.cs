namespace HealLink.Admin.Pages.Mentors;

/// <summary>A wait in words a coordinator reads at a glance: "3 hours", "2 days".</summary>
public static class Waiting
{
    public static string Describe(TimeSpan wait) => wait switch
    {
        { TotalMinutes: < 1 } => "under a minute",
        { TotalHours: < 1 } => Plural((int)wait.TotalMinutes, "minute"),
        { TotalDays: < 1 } => Plural((int)wait.TotalHours, "hour"),
        _ => Plural((int)wait.TotalDays, "day"),
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}

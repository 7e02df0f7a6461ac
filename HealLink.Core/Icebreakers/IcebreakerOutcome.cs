namespace HealLink.Core.Icebreakers;

/// <summary>The <c>reason</c> tag of the icebreaker counter: who wrote it, and why the template did.</summary>
public static class IcebreakerOutcome
{
    public const string Model = "model";
    public const string NoModel = "no_model";
    public const string Timeout = "timeout";
    public const string Failed = "failed";

    /// <summary>"rejected_too_long", "rejected_link", …</summary>
    public static string Rejected(IcebreakerRejection rejection) =>
        "rejected_" + string.Concat(rejection.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

using HealLink.Core.Onboarding;

namespace HealLink.Core.Matching;

/// <summary>
/// The "why" on a mentor's card, in the mentee's language (English here; each other language overrides every
/// member). Interests and help topics arrive as stored: interests as the languages question's English labels, topics
/// as keys.
/// </summary>
public class MatchReasons
{
    public static MatchReasons English { get; } = new();

    /// <summary>The catalogue column procedure names are read from (ISO 639-1).</summary>
    public virtual string CatalogueLanguage => "en";

    public virtual string SomeMentor => "Your mentor";

    public virtual string KnowsHospital(string name, string hospital) => $"{name} knows {hospital}.";

    public virtual string BothMentioned(IEnumerable<string> interests) =>
        $"You both mentioned {JoinNaturally(interests.Select(FreeText.LowerFirst))}.";

    public virtual string CanHelpWith(string name, IEnumerable<string> topicKeys) =>
        $"{name} can help with {JoinNaturally(topicKeys.Select(key => FreeText.LowerFirst(ChoiceOption.LabelOfKey(OptionLists.HelpTopics, key))))}.";

    public virtual string StoriesInCommon => "Your stories have a lot in common.";

    public virtual string CloseInAge => "You're close in age.";

    public virtual string SameProcedureNamed => "You both named the same procedure.";

    public virtual string RelatedProcedureNamed(string name) => $"{name}'s procedure is related to yours.";

    /// <param name="predicate">The catalogue's predicate in this language: "had a kidney transplant".</param>
    public static string Went(string name, string predicate) => $"{name} {predicate}";

    /// <param name="procedure">The catalogue's name in this language, with its article: "a kidney transplant".</param>
    public virtual string Supported(string name, string procedure) => $"{name} supported someone through {procedure}";

    /// <param name="what">What the mentor went through, from <see cref="Went"/> or <see cref="Supported"/>.</param>
    public virtual string Related(string what) => $"A related procedure: {what}.";

    public virtual string BothSupported(string procedure) => $"You both supported someone through {procedure}.";

    public virtual string InCommon(string procedure) => $"You have {procedure} in common.";

    public static string TheySupported(string what) => $"{what}.";

    public virtual string SameProcedure(string what) => $"Same procedure: {what}.";

    /// <summary>A caregiver mentor's procedure on a card, in the person's own words.</summary>
    public virtual string SupportedThroughTheirs(string? procedure) => "supported someone through " + ProcedurePhrases.WithArticle(procedure);

    /// <summary>A caregiver mentee's procedure, in their own words.</summary>
    public virtual string SupportingThroughTheirs(string? procedure) => "supporting someone through " + ProcedurePhrases.WithArticle(procedure);

    /// <summary>"cooking", "cooking and travel", "cooking, travel and music".</summary>
    protected virtual string JoinNaturally(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.SkipLast(1)) + " and " + list[^1];
    }
}

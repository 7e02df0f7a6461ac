using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// The template's sentences in one language. Placeholders: {0} the other person's name, {1} their procedure,
/// {2} an interest both share. Each opening line is followed by a question suited to where the mentee is; /icebreaker
/// offers questions from the same lists and from those that suit any time.
/// </summary>
internal sealed record TemplateWording(
    string Someone,
    string AProcedure,
    IReadOnlyList<string> AboutMentor,
    IReadOnlyList<string> AboutMentorWithInterest,
    IReadOnlyList<string> AboutMentee,
    IReadOnlyList<string> AboutMenteeWithInterest,
    IReadOnlyDictionary<Stage, IReadOnlyList<string>> MenteeAsks,
    IReadOnlyDictionary<Stage, IReadOnlyList<string>> MentorAsks,
    IReadOnlyDictionary<string, string> Interests,
    string SuggestionsLead,
    IReadOnlyList<string> MenteeAsksAnyTime,
    IReadOnlyList<string> MentorAsksAnyTime)
{
    /// <summary>The stage whose questions fit a mentee who gave none, or is past the first months.</summary>
    public const Stage Later = Stage.RecoveringLongTerm;

    public static TemplateWording For(string language) =>
        language.Equals("es", StringComparison.OrdinalIgnoreCase) ? TemplateWordingEs.Spanish : TemplateWordingEn.English;
}

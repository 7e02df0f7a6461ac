using HealLink.Core.Languages;
using HealLink.Core.Matching;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Connections;

/// <summary>
/// One line about a person for the one they are matched with: only what they chose to share for that (first
/// name, procedure, stage, age range, languages); never a handle, number or platform.
/// </summary>
internal static class PersonFacts
{
    private const int ExcerptLength = 200;

    // Numbers, the same in every language.
    private static readonly IReadOnlyList<ChoiceOption> _ages = AboutYouSteps.AgeRange().Options;

    /// <param name="copy">The reader's language.</param>
    public static string Line(CopyTable copy, Profile profile)
    {
        var facts = new[]
        {
            profile.DisplayName,
            ProcedurePhrases.OnCard(profile, copy.Reasons),
            profile.Stage is { } stage ? FreeText.LowerFirst(copy.Onboarding.StageLabel(stage)) : null,
            Label(_ages, profile.AgeRange),
            profile.Languages.Count > 0 ? copy.Matching.Speaks(profile.Languages) : null,
        };
        return string.Join(" · ", facts.Where(f => !string.IsNullOrEmpty(f)));
    }

    /// <summary>The start of their intro, on one line; null when they wrote none.</summary>
    public static string? Excerpt(Profile profile) =>
        string.IsNullOrWhiteSpace(profile.Intro) ? null : FreeText.Shorten(FreeText.ToSingleLine(profile.Intro), ExcerptLength);

    public static string Name(Profile? profile) => profile?.DisplayName ?? "your match";

    private static string? Label<T>(IReadOnlyList<ChoiceOption> options, T? value)
        where T : struct, Enum =>
        value is { } known ? options.FirstOrDefault(o => o.Key == EnumKey.Of(known))?.Label : null;
}

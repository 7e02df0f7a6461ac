using HealLink.Core.Matching;
using HealLink.Core.Onboarding;
using HealLink.Core.Messaging;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// The /browse menu: one button per filter, each press moving that filter to its next value, and Show mentors.
/// Every button carries the whole filter, so the menu needs no stored state and an old one still works.
/// </summary>
internal static class BrowseMenu
{
    public const string Intro = "Browse mentors yourself: tap a filter to change it, then Show mentors.";

    private static readonly Gender?[] _genders = [null, Gender.Woman, Gender.Man, Gender.NonBinary];

    // The labels are the onboarding questions' own, so a filter reads as the person's answer did.
    private static IReadOnlyList<ChoiceOption> GenderOptions { get; } = AboutYouSteps.Gender().Options;

    private static IReadOnlyList<ChoiceOption> AgeOptions { get; } = AboutYouSteps.AgeRange().Options;

    public static Reply Render(Profile mentee, BrowseFilter filter)
    {
        var language = Button($"Language: {LanguageLabel(mentee, filter.Language)}", filter with { Language = NextLanguage(mentee, filter.Language) });

        // A mentee who asked for a mentor of one gender only ever meets mentors of that gender: offering the others
        // here would only ever find no one.
        var rows = new List<IReadOnlyList<Button>>
        {
            mentee.GenderPreference is null
                ? new[] { language, Button($"Gender: {GenderLabel(filter.Gender)}", filter with { Gender = Next(_genders, filter.Gender) }) }
                : new[] { language },
            new[]
            {
                Button($"Age: {AgeLabel(filter.Age)}", filter with { Age = NextAge(filter.Age) }),
                Button($"Procedure: {(filter.SameProcedure ? "same as mine" : "any")}", filter with { SameProcedure = !filter.SameProcedure }),
            },
        };
        if (mentee.Hospital is not null)
        {
            rows.Add([Button($"Hospital: {(filter.SameHospital ? "same as mine" : "any")}", filter with { SameHospital = !filter.SameHospital })]);
        }

        rows.Add([new Button("Show mentors", ButtonPayload.BrowseResults(filter, 0))]);
        var intro = mentee.GenderPreference is { } preferred
            ? $"{Intro}\nYou asked for a mentor who is {PreferenceLabel(preferred)}, so everyone shown is; /edit changes that."
            : Intro;
        return new Reply(intro, rows);
    }

    private static Button Button(string label, BrowseFilter next) => new(label, ButtonPayload.BrowseMenu(next));

    private static string LanguageLabel(Profile mentee, int? language) =>
        language is { } i && i < mentee.Languages.Count ? mentee.Languages[i] : "any of mine";

    private static int? NextLanguage(Profile mentee, int? language)
    {
        // Only the mentee's own languages (at most ten fit in the payload), then back to any.
        var next = (language ?? -1) + 1;
        return next < Math.Min(mentee.Languages.Count, 10) ? next : null;
    }

    private static AgeRange? NextAge(AgeRange? age) => Next([null, .. Enum.GetValues<AgeRange>().Select(a => (AgeRange?)a)], age);

    private static T? Next<T>(T?[] cycle, T? current)
        where T : struct =>
        cycle[(Array.IndexOf(cycle, current) + 1) % cycle.Length];

    private static string GenderLabel(Gender? gender) =>
        gender is { } known ? FreeText.LowerFirst(ChoiceOption.LabelOf(GenderOptions, known)) : "any";

    private static string PreferenceLabel(Gender preferred) => preferred switch
    {
        Gender.Woman => "a woman",
        Gender.Man => "a man",
        _ => FreeText.LowerFirst(ChoiceOption.LabelOf(GenderOptions, preferred)),
    };

    private static string AgeLabel(AgeRange? age) => age is { } known ? ChoiceOption.LabelOf(AgeOptions, known) : "any";
}

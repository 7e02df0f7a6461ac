using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Only what both people consented to share with their match, from the mentee's and the mentor's side: everything
/// an icebreaker may draw on. The intro, hospital, age and handles are deliberately absent.
/// </summary>
/// <param name="Language">The key of the language they will talk in ("en", "es"): the mentee's, preferring one both speak.</param>
internal sealed record PairFacts(
    PersonShare Reader,
    PersonShare Other,
    IReadOnlyList<string> SharedInterests,
    IReadOnlyList<string> MentorHelpsWith,
    string Language)
{
    public const string DefaultLanguage = "en";

    public static PairFacts Of(Profile reader, Profile other)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(other);
        var readerIsMentor = reader.Role == Role.Mentor;
        var mentee = readerIsMentor ? other : reader;
        var mentor = readerIsMentor ? reader : other;
        return new PairFacts(
            PersonShare.Of(reader),
            PersonShare.Of(other),
            [.. reader.Interests.Intersect(other.Interests, StringComparer.OrdinalIgnoreCase).Where(i => !string.IsNullOrWhiteSpace(i))],
            [.. mentor.HelpTopics.Select(TopicLabel)],
            LanguageOf(mentee, mentor));
    }

    /// <summary>The language's English name, for the model.</summary>
    public string LanguageName =>
        OptionLists.Languages.FirstOrDefault(o => o.Key == Language)?.Label ?? "English";

    /// <summary>Every word the people themselves supplied, and the labels of what they chose: what an icebreaker may name.</summary>
    public IEnumerable<string> Texts() =>
        [.. Reader.Texts(), .. Other.Texts(), .. SharedInterests, .. MentorHelpsWith, LanguageName];

    private static string LanguageOf(Profile mentee, Profile mentor) =>
        mentee.Languages.FirstOrDefault(l => mentor.Languages.Contains(l, StringComparer.OrdinalIgnoreCase))
        ?? mentee.Languages.FirstOrDefault()
        ?? DefaultLanguage;

    private static string TopicLabel(string key) =>
        OptionLists.HelpTopics.FirstOrDefault(o => o.Key == key)?.Label ?? key;
}

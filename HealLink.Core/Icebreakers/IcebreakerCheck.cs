using System.Text.RegularExpressions;
using HealLink.Core.People;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Whether a model's icebreaker may be shown: the right size, nothing to click or call, no medicine, nothing copied
/// from the instructions, nobody and nowhere the profiles do not mention, and a question at the end. Cheap enough to
/// run on every answer; when in doubt it rejects, since the template is always there.
/// </summary>
public static partial class IcebreakerCheck
{
    public const int MinCharacters = 60;
    public const int MaxCharacters = 500;
    public const int MinSentences = 2;
    public const int MaxSentences = 4;

    /// <summary>Null when the text may be shown, else the first reason it may not.</summary>
    public static IcebreakerRejection? Check(string text, Profile reader, Profile other)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var sentences = Sentences.Count(text);
        return text switch
        {
            _ when text.Length < MinCharacters || sentences < MinSentences => IcebreakerRejection.TooShort,
            _ when text.Length > MaxCharacters || sentences > MaxSentences => IcebreakerRejection.TooLong,
            _ when MarkupPattern().IsMatch(text) => IcebreakerRejection.Markup,
            _ when EmailPattern().IsMatch(text) => IcebreakerRejection.EmailAddress,
            _ when LinkPattern().IsMatch(text) => IcebreakerRejection.Link,
            _ when Contacts.HasPhoneNumber(text) => IcebreakerRejection.PhoneNumber,
            _ when HandlePattern().IsMatch(text) => IcebreakerRejection.Handle,
            _ when MedicalAdvice.HasDosage(text) => IcebreakerRejection.Dosage,
            _ when MedicalAdvice.HasTreatmentAdvice(text) => IcebreakerRejection.TreatmentAdvice,
            _ when InstructionEcho.Copies(text) => IcebreakerRejection.InstructionLeak,
            _ when KnownNames.FindUnknown(text, PairFacts.Of(reader, other)) is not null => IcebreakerRejection.UnknownName,
            _ when !EndsInQuestion().IsMatch(text) => IcebreakerRejection.NotAQuestion,
            _ => null,
        };
    }

    // Markdown and HTML a chat would show raw: code, emphasis, headings, tags, tables, braces.
    [GeneratedRegex(@"[`*#<>{}\[\]|\\]|(?<!\w)_\w|\w_(?!\w)", RegexOptions.None, 1000)]
    private static partial Regex MarkupPattern();

    // Closing quotes and a friendly emoji may follow the question mark.
    [GeneratedRegex(@"\?[\s""'”»)\p{So}\p{Sk}\p{Cs}\uFE0F]*$", RegexOptions.None, 1000)]
    private static partial Regex EndsInQuestion();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.None, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(
        @"https?:|www\.|\b[\w-]+\.(com|org|net|info|io|me|ly|gg|co|uk|es|de|fr|it|app|health|gov|edu|link|site|online|us|ca|au)\b|\bt\.me/|/\w+/",
        RegexOptions.IgnoreCase,
        1000)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(?<![\w@])@\w{2,}", RegexOptions.None, 1000)]
    private static partial Regex HandlePattern();
}

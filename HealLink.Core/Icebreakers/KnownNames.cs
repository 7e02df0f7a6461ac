using System.Text.RegularExpressions;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Finds a capitalised word inside a sentence that neither profile contains: most often a person or place the model
/// invented ("your surgeon Dr Patel", "the clinic in Leeds"). Words opening a sentence are not judged, since every
/// sentence starts with a capital; a small allow-list covers the common words English capitalises anyway.
/// </summary>
internal static partial class KnownNames
{
    private static readonly HashSet<string> _alwaysAllowed = new(
        [
            "I", "I'm", "I've", "I'd", "I'll", "OK", "Hi", "Hello", "Hey", "Hola",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Christmas", "Navidad", "HealLink", "Español",
            .. OptionLists.Languages.Select(o => o.Label),
            .. OptionLists.Interests.Select(o => o.Label),
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The first unknown name, or null.</summary>
    public static string? FindUnknown(string text, PairFacts facts)
    {
        var known = new HashSet<string>(facts.Texts().SelectMany(t => Word().Matches(t).Select(m => m.Value)), StringComparer.OrdinalIgnoreCase);
        foreach (Match word in Word().Matches(text))
        {
            var value = Possessive().Replace(word.Value, "");
            if (char.IsUpper(value[0]) && !OpensSentence(text, word.Index) && !known.Contains(value) && !_alwaysAllowed.Contains(value))
            {
                return value;
            }
        }

        return null;
    }

    private static bool OpensSentence(string text, int index)
    {
        var before = text[..index].TrimEnd().TrimEnd('"', '“', '«', '¿', '¡', '(', '\'', '‘').TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '…' or '\n' || char.IsSurrogate(before[^1]);
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.None, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s$", RegexOptions.None, 1000)]
    private static partial Regex Possessive();
}

using System.Text.RegularExpressions;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Whether an answer repeats the instructions (six words in a row from the prompt) or talks about them: a model
/// that was talked into printing its prompt, or that narrates its task instead of doing it.
/// </summary>
internal static partial class InstructionEcho
{
    private const int ShingleLength = 6;

    private static readonly HashSet<string> _instructionShingles =
        [.. IcebreakerPrompt.InstructionTexts.SelectMany(Shingles)];

    public static bool Copies(string text) =>
        TalksAboutPrompt().IsMatch(text) || Shingles(text).Any(_instructionShingles.Contains);

    private static IEnumerable<string> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i + ShingleLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(ShingleLength));
        }
    }

    [GeneratedRegex(@"\w+", RegexOptions.None, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(
        @"\b(?:system prompt|prompt|my instructions|the instructions|these instructions|instrucciones|as an ai|language model|modelo de lenguaje|json|the reader|the data|los datos|el lector)\b",
        RegexOptions.IgnoreCase,
        1000)]
    private static partial Regex TalksAboutPrompt();
}

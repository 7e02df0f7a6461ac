using System.Collections.Immutable;
using System.Text;

namespace HealLink.Core.Safety;

/// <summary>
/// Spots language that suggests someone may be in crisis, so the bot can answer with emergency resources first.
/// A curated phrase list matched on whole words, case-insensitively; deliberately simple and explainable.
/// </summary>
public sealed class CrisisDetector
{
    private static readonly ImmutableArray<string> _phrases =
    [
        "kill myself", "killing myself", "end my life", "ending my life", "take my own life", "taking my own life",
        "want to die", "wanna die", "wish i was dead", "wish i were dead", "better off dead",
        "suicide", "suicidal", "hurt myself", "hurting myself", "harm myself", "harming myself", "self harm",
        "no reason to live", "nothing to live for", "dont want to live", "do not want to live",
        "dont want to be alive", "cant go on anymore",
    ];

    // Fears about surgery are common and are not a crisis: "I don't want to die on the table" must not fire.
    private static readonly ImmutableArray<string> _benignPhrases =
    [
        "dont want to die", "do not want to die", "not going to die", "scared to die", "afraid to die",
    ];

    private readonly string[] _normalisedPhrases = [.. _phrases.Select(Normalise)];
    private readonly string[] _normalisedBenignPhrases = [.. _benignPhrases.Select(Normalise)];

    public bool IsCrisis(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = Normalise(text);
        foreach (var benign in _normalisedBenignPhrases)
        {
            normalised = normalised.Replace(benign, " | ", StringComparison.Ordinal);
        }

        return _normalisedPhrases.Any(phrase => normalised.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>
    /// Lower-cases, drops apostrophes ("don't" → "dont"), turns everything that is not a letter or digit into a
    /// single space and pads with spaces, so a phrase " kill myself " only matches on word boundaries.
    /// </summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        if (!lastWasSpace)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }
}

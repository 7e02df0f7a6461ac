using System.Collections.Frozen;

namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// Corrects a word one or two slips from exactly one catalogue word ("mastectomey", "transplnat"). Only words the
/// catalogue does not know are touched, and only long ones: short words sit too close to each other to guess.
/// Only words with the same first letter are tried: slips there are rare, and it keeps a ranking of many mentors fast.
/// </summary>
internal static class Misspellings
{
    private const int ShortestCorrected = 5;
    private const int ShortestAllowedTwoSlips = 9;

    public static List<string> Correct(IReadOnlyList<string> words, FrozenSet<string> vocabulary) =>
        [.. words.Select(w => vocabulary.Contains(w) || w.Length < ShortestCorrected ? w : Nearest(w, vocabulary) ?? w)];

    private static string? Nearest(string word, FrozenSet<string> vocabulary)
    {
        var allowed = word.Length >= ShortestAllowedTwoSlips ? 2 : 1;
        var closest = vocabulary
            .Where(known => known[0] == word[0] && Math.Abs(known.Length - word.Length) <= allowed)
            .Select(known => (Known: known, Distance: Distance(word, known)))
            .Where(c => c.Distance <= allowed)
            .GroupBy(c => c.Distance)
            .OrderBy(g => g.Key)
            .FirstOrDefault();

        // Two words equally near ("colestomy": colostomy or colectomy?) is a guess we do not make.
        return closest is not null && closest.Count() == 1 ? closest.First().Known : null;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

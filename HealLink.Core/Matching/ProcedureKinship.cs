using System.Globalization;
using System.Text;
using HealLink.Core.Matching.Procedures;

namespace HealLink.Core.Matching;

public enum Kinship
{
    Different,

    /// <summary>The same family: a kidney given and a kidney received, a sleeve and a bypass, two joint replacements.</summary>
    Related,

    /// <summary>The same procedure, in whatever words each person used.</summary>
    Same,
}

/// <summary>
/// Compares procedures as people type them ("Kidney transplantation", "living donor kidney transplant from my
/// brother"): by the catalogue when it recognises both (the same entry is the same procedure, the same family a
/// related one); otherwise by their words, the same when their key words agree (one may add detail to the other's),
/// related when both fall in one family.
/// </summary>
public static class ProcedureKinship
{
    // Words that say nothing about which procedure it was.
    private static readonly HashSet<string> _filler =
    [
        "a", "an", "the", "my", "of", "and", "for", "on", "in", "with", "had", "have", "surgery", "operation",
        "procedure", "op", "removal", "living", "deceased", "donor", "left", "right", "total", "partial",
    ];

    private static readonly (string Family, string[] Words)[] _families =
    [
        ("transplant", ["transplant"]),
        ("breast", ["mastectomy", "lumpectomy", "breast", "reconstruction"]),
        ("joint", ["hip", "knee", "shoulder", "joint", "arthroplasty"]),
        ("heart", ["bypass", "cabg", "valve", "cardiac", "heart"]),
        ("bowel", ["colectomy", "bowel", "colon", "stoma", "colostomy", "ileostomy", "rectal"]),
        ("spine", ["spinal", "spine", "disc", "fusion", "laminectomy"]),
        ("kidney", ["kidney", "renal", "nephrectomy"]),
        ("liver", ["liver", "hepatic", "hepatectomy"]),
        ("lung", ["lung", "lobectomy", "pneumonectomy"]),
    ];

    public static Kinship Compare(string? first, string? second) => Compare(first, second, ProcedureReader.ByCatalogue());

    public static Kinship Compare(string? first, string? second, ProcedureReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Of(reader.Read(first), reader.Read(second)) ?? CompareWords(first, second);
    }

    /// <returns>Null when either is unrecognised: the catalogue cannot say.</returns>
    public static Kinship? Of(RecognisedProcedure? first, RecognisedProcedure? second) =>
        first is null || second is null ? null
        : first.Entry.Id == second.Entry.Id ? Kinship.Same
        : first.Entry.Family == second.Entry.Family ? Kinship.Related
        : Kinship.Different;

    /// <summary>The word-by-word comparison, for wordings the catalogue does not know.</summary>
    public static Kinship CompareWords(string? first, string? second)
    {
        var a = KeyWords(first);
        var b = KeyWords(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return Kinship.Different;
        }

        // One word alone ("kidney", "transplant") says too little to call it the same procedure.
        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        if (smaller.SetEquals(larger) || (smaller.Count >= 2 && smaller.IsSubsetOf(larger)))
        {
            return Kinship.Same;
        }

        return _families.Any(f => f.Words.Any(a.Contains) && f.Words.Any(b.Contains)) ? Kinship.Related : Kinship.Different;
    }

    /// <summary>Lower-case, accent-free words, with common endings folded ("transplantation" → "transplant").</summary>
    public static HashSet<string> KeyWords(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            cleaned.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        foreach (var word in cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A lone letter is what is left of a possessive ("Mary's") or an initial: it tells nothing apart.
            var folded = WordingNormaliser.Fold(word);
            if (!_filler.Contains(folded) && !(folded.Length == 1 && char.IsLetter(folded[0])))
            {
                words.Add(folded);
            }
        }

        return words;
    }
}

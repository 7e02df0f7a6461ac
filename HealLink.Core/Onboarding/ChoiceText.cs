using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HealLink.Core.Onboarding;

/// <summary>
/// Reads a typed answer to a choice question: the option's number ("2"), its label in any case and with or without
/// accents ("espanol"), its English label ("Spanish", in any language) or its key, and for several choices a list
/// ("1, 3", "English and Spanish", "inglés y francés"). This is how people answer when their keyboard is gone (the
/// console after a restart) or when they simply prefer typing.
/// </summary>
internal static class ChoiceText
{
    private static readonly char[] _listSeparators = [',', ';', '\n', '/', '+', '&'];

    // Spanish writes "e" for "y" before an i- sound: "español e inglés".
    private static readonly Regex _and = new(
        @"\s+(?:and|y|e)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static TypedChoice MatchOne(string text, IReadOnlyList<ChoiceOption> options)
    {
        var typed = Normalise(text);
        if (typed.Length > 0 && typed.All(char.IsAsciiDigit))
        {
            return int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= 1 && number <= options.Count
                    ? new TypedChoice.Found(options[number - 1])
                    : new TypedChoice.OutOfRange(typed);
        }

        var match = options.FirstOrDefault(o => Normalise(o.Label) == typed || Normalise(o.Stored) == typed || o.Key == typed);
        return match is null ? new TypedChoice.NotFound() : new TypedChoice.Found(match);
    }

    /// <summary>
    /// Splits a typed list into items, each matched to an option where possible. Pieces are split further on
    /// spaces (when they are all numbers) or on " and " only when the whole piece is not itself an option, so a
    /// label such as "Family and relationships" survives.
    /// </summary>
    public static IReadOnlyList<ListItem> MatchMany(string text, IReadOnlyList<ChoiceOption> options)
    {
        var items = new List<ListItem>();
        foreach (var piece in text.Split(_listSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            AddPiece(piece, options, items);
        }

        return items;
    }

    private static void AddPiece(string piece, IReadOnlyList<ChoiceOption> options, List<ListItem> items)
    {
        var match = MatchOne(piece, options);
        if (match is not TypedChoice.NotFound)
        {
            items.Add(new ListItem(piece, match));
            return;
        }

        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.All(w => w.All(char.IsAsciiDigit)))
        {
            items.AddRange(words.Select(w => new ListItem(w, MatchOne(w, options))));
            return;
        }

        var parts = _and.Split(piece).Where(p => p.Length > 0).ToArray();
        if (parts.Length > 1)
        {
            foreach (var part in parts)
            {
                AddPiece(part, options, items);
            }

            return;
        }

        items.Add(new ListItem(piece, match));
    }

    /// <summary>
    /// Lower-case, single spaces, any dash as "-", no accents, no trailing full stop: "18–29." reads as "18-29", and
    /// "Inglés" as "ingles" (phone keyboards set up for another language often have no accents).
    /// </summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);

        // Rune by rune: a lone surrogate (which whole-string normalisation rejects) reads as U+FFFD.
        foreach (var rune in FreeText.ToSingleLine(text).EnumerateRunes())
        {
            foreach (var c in rune.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c is '\u2013' or '\u2014' or '\u2212' ? '-' : char.ToLowerInvariant(c));
                }
            }
        }

        return builder.ToString().TrimEnd('.', '!', ')').Trim();
    }
}

/// <summary>What a typed answer to a choice question matched.</summary>
internal abstract record TypedChoice
{
    public sealed record Found(ChoiceOption Option) : TypedChoice;

    /// <summary>A number, but not one of the options' numbers.</summary>
    public sealed record OutOfRange(string Number) : TypedChoice;

    public sealed record NotFound : TypedChoice;
}

/// <summary>One item of a typed list, as typed, and what it matched.</summary>
internal sealed record ListItem(string Text, TypedChoice Match);

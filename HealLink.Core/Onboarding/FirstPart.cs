using System.Globalization;

namespace HealLink.Core.Onboarding;

/// <summary>
/// The first part of an answer past its limit, cut where a reader would stop rather than mid-word: at the end of the
/// last sentence or line that fits, when that keeps at least half of what is allowed; otherwise after the last whole
/// word that fits; and only for one endless word (a run of emoji) at the limit itself.
/// </summary>
internal static class FirstPart
{
    private const int EndingLength = 50;

    private const string SentenceEnds = ".!?…";

    /// <summary>Closing marks that may follow a sentence's full stop: <c>she said "no."</c> ends after the quote.</summary>
    private const string Closers = "\"'”’)]»";

    private static readonly char[] _dangling = [',', ';', ':', '-', '–', '—', ' ', '\n'];

    /// <summary>At most <paramref name="maxLength"/> user-perceived characters of <paramref name="text"/>.</summary>
    public static string Of(string text, int maxLength)
    {
        var info = new StringInfo(text);
        if (info.LengthInTextElements <= maxLength)
        {
            return text;
        }

        var fits = info.SubstringByTextElements(0, maxLength);
        var limitFallsBetweenWords = char.IsWhiteSpace(info.SubstringByTextElements(maxLength, 1)[0]);
        var enough = maxLength / 2;

        var sentenceEnd = LastSentenceEnd(fits, limitFallsBetweenWords);
        if (sentenceEnd > 0 && FreeText.Length(fits[..sentenceEnd]) >= enough)
        {
            return fits[..sentenceEnd].TrimEnd();
        }

        var wordEnd = limitFallsBetweenWords ? fits.Length : fits.LastIndexOfAny([' ', '\n']);
        return wordEnd > 0 && FreeText.Length(fits[..wordEnd]) >= enough
            ? fits[..wordEnd].TrimEnd(_dangling)
            : fits.TrimEnd();
    }

    /// <summary>The last words of a first part, on one line, to say where it ends: "…and the nurses were kind."</summary>
    public static string Ending(string part)
    {
        var line = FreeText.ToSingleLine(part);
        var info = new StringInfo(line);
        if (info.LengthInTextElements <= EndingLength)
        {
            return line;
        }

        var tail = info.SubstringByTextElements(info.LengthInTextElements - EndingLength);
        var wordStart = tail.IndexOf(' ', StringComparison.Ordinal);
        return "…" + (wordStart >= 0 && wordStart < tail.Length - 1 ? tail[(wordStart + 1)..] : tail);
    }

    /// <summary>
    /// Where the last sentence or line that fits ends (an index into <paramref name="fits"/>), or 0 when none does. A
    /// sentence ends at a full stop, question or exclamation mark followed by a space; a line at a line break.
    /// </summary>
    private static int LastSentenceEnd(string fits, bool limitFallsBetweenWords)
    {
        for (var end = fits.Length; end > 0; end--)
        {
            var atBreak = end == fits.Length ? limitFallsBetweenWords : char.IsWhiteSpace(fits[end]);
            if (!atBreak)
            {
                continue;
            }

            if (end < fits.Length && fits[end] == '\n')
            {
                return end;
            }

            var last = end;
            while (last > 0 && Closers.Contains(fits[last - 1], StringComparison.Ordinal))
            {
                last--;
            }

            if (last > 0 && SentenceEnds.Contains(fits[last - 1], StringComparison.Ordinal))
            {
                return end;
            }
        }

        return 0;
    }
}

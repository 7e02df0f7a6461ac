using System.Globalization;
using System.Text;

namespace HealLink.Core.Onboarding;

/// <summary>Cleaning and measuring what people type, before any question looks at it.</summary>
internal static class FreeText
{
    /// <summary>
    /// Normalises line breaks to \n, turns tabs into spaces, removes every other control character and trims.
    /// Text that was only control characters comes back empty.
    /// </summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>True when nothing visible is left: only whitespace or invisible format characters (zero-width space).</summary>
    public static bool IsBlank(string text) =>
        text.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>Length as a person counts it: one emoji, flag or accented letter is one character.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>Folds all whitespace, line breaks included, into single spaces: for one-line answers.</summary>
    public static string ToSingleLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Shortens to at most <paramref name="maxLength"/> user-perceived characters, ending with "…".</summary>
    public static string Shorten(string text, int maxLength)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxLength
            ? text
            : info.SubstringByTextElements(0, maxLength - 1).TrimEnd() + "…";
    }

    /// <summary>For a label or someone's words used mid-sentence ("Kidney transplant" → "kidney transplant").</summary>
    public static string LowerFirst(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1));

    public static string UpperFirst(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace HealLink.FakeTelegram;

/// <summary>
/// The character entities Telegram's HTML knows: &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones (decimal or
/// hex). The ';' may be left off, as Telegram allows.
/// </summary>
internal static class HtmlEntities
{
    /// <summary>The character(s) of the entity at <paramref name="begin"/> (an '&amp;'), or null if it is none.</summary>
    public static (string? Text, int Next) Decode(string html, int begin)
    {
        var i = begin + 1;
        string? text;
        if (i < html.Length && html[i] == '#')
        {
            var hex = i + 1 < html.Length && html[i + 1] is 'x' or 'X';
            var digitsStart = i + (hex ? 2 : 1);
            i = SkipWhile(html, digitsStart, c => hex ? char.IsAsciiHexDigit(c) : char.IsAsciiDigit(c));
            var digits = html[digitsStart..i];
            text = digits.Length is > 0 and < 9
                && int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                    ? char.ConvertFromUtf32(code)
                    : null;
        }
        else
        {
            i = SkipWhile(html, i, char.IsAsciiLetter);
            text = html[(begin + 1)..i] switch { "lt" => "<", "gt" => ">", "amp" => "&", "quot" => "\"", _ => null };
        }

        return (text, i < html.Length && html[i] == ';' ? i + 1 : i);
    }

    private static int SkipWhile(string html, int i, Func<char, bool> predicate)
    {
        while (i < html.Length && predicate(html[i]))
        {
            i++;
        }

        return i;
    }
}

using System.Text.RegularExpressions;

namespace HealLink.Core.Icebreakers;

/// <summary>Phone numbers in any of the ways people write them: seven or more digits, spaced, dotted or bracketed.</summary>
internal static partial class Contacts
{
    private const int PhoneDigits = 7;

    public static bool HasPhoneNumber(string text) =>
        DigitRun().Matches(text).Any(m => m.Value.Count(char.IsAsciiDigit) >= PhoneDigits);

    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{5,}\d", RegexOptions.None, 1000)]
    private static partial Regex DigitRun();
}

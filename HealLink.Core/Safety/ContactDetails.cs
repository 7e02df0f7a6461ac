using System.Text.RegularExpressions;

namespace HealLink.Core.Safety;

/// <summary>
/// Finds links, email addresses, @handles and phone numbers in text that other people will see. Matches go
/// through the bot so nobody has to share a handle; contact details in a profile would undo that.
/// </summary>
public static class ContactDetails
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Phone numbers have at least this many digits; fewer is a year, a date part or a count.</summary>
    private const int MinPhoneDigits = 7;

    private static readonly Regex _link = new(
        @"(https?://|www\.|t\.me/|\b[a-z0-9-]+\.(com|net|org|io|me|co|uk|de|fr|es|it|nl|ru|info|app|dev|link|ly|gg|tv|xyz|site|online)\b)",
        Options);

    private static readonly Regex _email = new(@"[^\s@]+@[^\s@]+\.[^\s@]+", Options);

    private static readonly Regex _handle = new(@"(^|\s)@[a-z0-9_.]{2,}", Options);

    private static readonly Regex _phoneCandidate = new(@"\+?\d[\d\s().-]{5,}\d", Options);

    private static readonly Regex _date = new(@"^\d{1,4}[.-]\d{1,2}[.-]\d{1,4}$", Options);

    public static bool AreIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _link.IsMatch(text) || _email.IsMatch(text) || _handle.IsMatch(text) || ContainsPhoneNumber(text);
    }

    private static bool ContainsPhoneNumber(string text)
    {
        foreach (Match candidate in _phoneCandidate.Matches(text))
        {
            var value = candidate.Value.Trim();
            if (value.Count(char.IsAsciiDigit) >= MinPhoneDigits && !_date.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }
}

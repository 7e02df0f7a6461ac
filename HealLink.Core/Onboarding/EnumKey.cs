using System.Text;

namespace HealLink.Core.Onboarding;

/// <summary>
/// Turns enum members into the kebab-case keys used in button payloads: "RecoveringLongTerm" →
/// "recovering-long-term", "From18To29" → "from-18-to-29".
/// </summary>
internal static class EnumKey
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var startsWord = i > 0 && (char.IsUpper(name[i]) || (char.IsDigit(name[i]) && !char.IsDigit(name[i - 1])));
            if (startsWord)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static string? OfOrNull<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? Of(present) : null;

    public static TEnum? Parse<TEnum>(string? key)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Of(value) == key)
            {
                return value;
            }
        }

        return null;
    }
}

namespace HealLink.Core.Languages;

/// <summary>
/// A language HealLink speaks: every copy table and the procedure catalogue have one column per language here.
/// Adding one is a copy table per feature (beside the Spanish ones), a catalogue column and an entry in
/// <see cref="Supported"/>.
/// </summary>
/// <param name="Code">The ISO 639-1 code platforms report (Telegram's <c>language_code</c>, Discord's locale), and what is stored.</param>
/// <param name="Name">The language's own name for itself, as the /language buttons show it.</param>
/// <param name="EnglishName">How the languages question's options name it, which is how profiles store it.</param>
public sealed record Language(string Code, string Name, string EnglishName)
{
    public static Language English { get; } = new("en", "English", "English");

    public static Language Spanish { get; } = new("es", "Español", "Spanish");

    public static IReadOnlyList<Language> Supported { get; } = [English, Spanish];

    /// <summary>
    /// The language a platform's code names (an IETF tag such as "es", "es-419" or "es-ES"), or English for one we do
    /// not speak or no code at all: English is the language every copy is written in first.
    /// </summary>
    public static Language FromCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return English;
        }

        var primary = code.Split('-', '_')[0];
        return Supported.FirstOrDefault(l => l.Code.Equals(primary, StringComparison.OrdinalIgnoreCase)) ?? English;
    }
}

using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>
/// What a mentee narrowed /browse to, on top of the hard filters. Small enough to travel in a button's payload
/// (five characters), so browsing keeps no state between presses.
/// </summary>
/// <param name="Language">Index into the mentee's own languages, or null for any.</param>
public sealed record BrowseFilter(int? Language, Gender? Gender, AgeRange? Age, bool SameProcedure, bool SameHospital)
{
    public static BrowseFilter Any { get; } = new(null, null, null, false, false);

    private static readonly (char Code, Gender Value)[] _genders = [('w', People.Gender.Woman), ('m', People.Gender.Man), ('n', People.Gender.NonBinary)];

    public bool Matches(Profile mentee, Profile mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return (Language is not { } language
                || (language < mentee.Languages.Count && mentor.Languages.Contains(mentee.Languages[language], StringComparer.OrdinalIgnoreCase)))
            && (Gender is null || mentor.Gender == Gender)
            && (Age is null || mentor.AgeRange == Age)
            && (!SameProcedure || ProcedureKinship.Compare(mentee.ProcedureText, mentor.ProcedureText) == Kinship.Same)
            && (!SameHospital || MatchScorer.SameHospital(mentee.Hospital, mentor.Hospital));
    }

    public string Encode() => string.Concat(
        Language is { } l ? (char)('0' + l) : '-',
        Gender is { } g ? _genders.First(x => x.Value == g).Code : '-',
        Age is { } a ? (char)('0' + (int)a) : '-',
        SameProcedure ? '1' : '0',
        SameHospital ? '1' : '0');

    /// <summary>The filter a payload carries, or null when it is not one (a foreign or mangled button).</summary>
    public static BrowseFilter? Parse(string? code) =>
        code is { Length: 5 }
        && TryLanguage(code[0], out var language)
        && TryGender(code[1], out var gender)
        && TryAge(code[2], out var age)
        && code[3] is '0' or '1'
        && code[4] is '0' or '1'
            ? new BrowseFilter(language, gender, age, code[3] == '1', code[4] == '1')
            : null;

    private static bool TryLanguage(char code, out int? language)
    {
        language = code is >= '0' and <= '9' ? code - '0' : null;
        return code == '-' || language is not null;
    }

    private static bool TryGender(char code, out Gender? gender)
    {
        gender = _genders.Where(g => g.Code == code).Select(g => (Gender?)g.Value).FirstOrDefault();
        return code == '-' || gender is not null;
    }

    private static bool TryAge(char code, out AgeRange? age)
    {
        age = code is >= '0' and <= '4' ? (AgeRange)(code - '0') : null;
        return code == '-' || age is not null;
    }
}

using System.Globalization;
using System.Reflection;
using HealLink.Core.Languages;
using HealLink.Core.Matching;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Languages;

/// <summary>
/// Every language other than English says everything the English copy says: each feature's copy overrides every
/// member, and each member, called with sample arguments, says it in its own words and keeps the names and numbers.
/// </summary>
public sealed class CopyTableTests
{
    // The same in every language: a name and the person's own words.
    private static readonly HashSet<string> _sameInEveryLanguage = ["Relayed"];

    private static readonly string[] _names = ["Ana", "Tomás", "Marta", "Rosa", "Iván"];

    private static readonly int[] _numbers = [1000, 1234, 12];

    // Parameters whose words each language says its own way, so they are not looked for in the translation.
    private static readonly HashSet<string> _translatedParameters = ["kind"];

    private static readonly object[] _kinds = ["voice", "photo", "location", UnsupportedInput.SeveralFiles, "something_new"];

    private static readonly object[] _durations = [TimeSpan.FromDays(2), TimeSpan.FromDays(1), TimeSpan.FromHours(12), TimeSpan.FromMinutes(30)];

    private static readonly object[] _nameLists = [new[] { "Ana" }, new[] { "Ana", "Tomás" }, new[] { "Ana", "Tomás", "Inés" }];

    public static TheoryData<string, string> FeatureCopies()
    {
        var data = new TheoryData<string, string>();
        foreach (var table in CopyTable.All.Where(t => t.Language != Language.English))
        {
            foreach (var feature in Features())
            {
                data.Add(table.Language.Code, feature.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FeatureCopies))]
    public void FeatureCopy_OtherLanguage_OverridesEveryVirtualMember(string code, string feature)
    {
        var featureType = typeof(CopyTable).GetProperty(feature)!.PropertyType;
        var sut = Copy(code, feature).GetType();

        var overridden = sut.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetBaseDefinition().DeclaringType == featureType)
            .Select(Signature);

        Assert.NotEqual(featureType, sut);
        Assert.Empty(VirtualMembers(featureType).Select(Signature).Except(overridden));
    }

    [Theory]
    [MemberData(nameof(FeatureCopies))]
    public void FeatureCopy_EveryMemberWithSampleArguments_SaysItOtherThanInEnglish(string code, string feature)
    {
        var sut = Copy(code, feature);

        var problems = SayEverything(sut, feature).Select(NotTranslated);

        Assert.Empty(problems.OfType<string>());
    }

    [Theory]
    [MemberData(nameof(FeatureCopies))]
    public void FeatureCopy_EveryMemberWithSampleArguments_KeepsTheNamesAndNumbersEnglishShows(string code, string feature)
    {
        var sut = Copy(code, feature);

        var problems = SayEverything(sut, feature).SelectMany(said =>
        {
            var inEnglish = Words(said.InEnglish);
            var translated = Words(said.Translated);
            return said.Call.Placeholders
                .Where(p => inEnglish.Contains(p, StringComparison.Ordinal) && !translated.Contains(p, StringComparison.Ordinal))
                .Select(p => $"{said.Call}: \"{p}\" missing from \"{translated}\"");
        });

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(FeatureCopies))]
    public void FeatureCopy_EveryButton_CarriesTheEnglishPayload(string code, string feature)
    {
        var sut = Copy(code, feature);

        foreach (var said in SayEverything(sut, feature))
        {
            Assert.Equal(Payloads(said.InEnglish), Payloads(said.Translated));
        }
    }

    /// <summary>Why a result is not a translation of the English one, or null when it is.</summary>
    private static string? NotTranslated(Said said)
    {
        var inEnglish = Words(said.InEnglish);
        var translated = Words(said.Translated);
        if (inEnglish.Length == 0)
        {
            // "Nothing to show" (a mentor's stage that is not a "how long ago") is nothing in every language.
            return translated.Length == 0 ? null : $"{said.Call}: English says nothing, translation \"{translated}\"";
        }

        return string.IsNullOrWhiteSpace(translated) ? $"{said.Call}: says nothing"
            : translated == inEnglish && !_sameInEveryLanguage.Contains(said.Call.Member.Name) ? $"{said.Call}: still English, \"{translated}\""
            : null;
    }

    /// <summary>One call's result in English and in the language under test.</summary>
    private sealed record Said(Call Call, object? InEnglish, object? Translated);

    private static IEnumerable<Said> SayEverything(object sut, string feature)
    {
        var english = Copy(Language.English.Code, feature);
        return Calls(feature).Select(call => new Said(call, call.Member.Invoke(english, call.Arguments), call.Member.Invoke(sut, call.Arguments)));
    }

    private sealed record Call(MethodInfo Member, object?[] Arguments, IReadOnlyList<string> Placeholders)
    {
        public override string ToString() =>
            $"{Member.DeclaringType!.Name}.{Member.Name}({string.Join(", ", Arguments.Select(a => a is Array array ? string.Join("+", array.Cast<object>()) : a ?? "null"))})";
    }

    private static IEnumerable<PropertyInfo> Features() =>
        typeof(CopyTable).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType != typeof(Language) && p.PropertyType != typeof(OnboardingCopy)); // its own tests: OnboardingCopyTests

    private static object Copy(string code, string feature) =>
        typeof(CopyTable).GetProperty(feature)!.GetValue(CopyTable.All.Single(t => t.Language.Code == code))!;

    /// <summary>The members a language overrides: the base's own public virtual methods and property getters.</summary>
    private static IEnumerable<MethodInfo> VirtualMembers(Type featureType) =>
        featureType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual && !m.IsFinal);

    private static string Signature(MethodInfo method) => method.ToString()!;

    /// <summary>Every member of the feature, called with every combination of its parameters' samples.</summary>
    private static IEnumerable<Call> Calls(string feature)
    {
        var featureType = typeof(CopyTable).GetProperty(feature)!.PropertyType;
        foreach (var member in VirtualMembers(featureType))
        {
            IEnumerable<object?[]> argumentLists = [[]];
            foreach (var (parameter, position) in member.GetParameters().Select((p, i) => (p, i)))
            {
                var samples = Samples(parameter, position);
                argumentLists = argumentLists.SelectMany(_ => samples, (list, sample) => (object?[])[.. list, sample]);
            }

            foreach (var arguments in argumentLists)
            {
                yield return new Call(member, arguments, Placeholders(member, arguments));
            }
        }
    }

    private static IReadOnlyList<object?> Samples(ParameterInfo parameter, int position)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            IReadOnlyList<object?> samples = parameter.Name switch
            {
                "kind" => _kinds,
                "number" => ["9"],
                _ => [_names[position]],
            };
            return new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable ? [.. samples, null] : samples;
        }

        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } enumType)
        {
            return [.. Enum.GetValues(enumType).Cast<object?>(), null];
        }

        return type switch
        {
            _ when type == typeof(int) => [_numbers[position]],
            _ when type == typeof(long) => [42L],
            _ when type == typeof(bool) => [true, false],
            _ when type == typeof(TimeSpan) => _durations,
            _ when type == typeof(IReadOnlyList<string>) || type == typeof(IEnumerable<string>) => _nameLists,
            _ when type == typeof(Profile) => [Mentee(RoleKind.Patient), Mentee(RoleKind.Caregiver)],
            _ when type == typeof(IEnumerable<ScoredMentor>) => [new[] { Mentor(RoleKind.Patient) }, new[] { Mentor(RoleKind.Caregiver) }],
            _ when type == typeof(ScoredMentor) => [Mentor(RoleKind.Patient)],
            _ => throw new InvalidOperationException($"No sample for {parameter.Member.Name}'s {parameter.Name} ({type}): add one here."),
        };
    }

    /// <summary>The names and numbers passed in, as a message would show them.</summary>
    private static IReadOnlyList<string> Placeholders(MethodInfo member, object?[] arguments) =>
    [
        .. member.GetParameters().Zip(arguments).SelectMany(pair => pair switch
        {
            ({ Name: { } name }, _) when _translatedParameters.Contains(name) => [],
            (_, string text) => [text],
            (_, string[] texts) => texts,
            (_, int number) => [number.ToString(CultureInfo.InvariantCulture), FreeText.Count(number)],
            (_, ScoredMentor match) => [match.Mentor.Profile.DisplayName!],
            _ => Array.Empty<string>(),
        }),
    ];

    /// <summary>What a member's result shows a person: its text and its buttons' labels.</summary>
    private static string Words(object? result) => result switch
    {
        string text => text,
        Button button => button.Label,
        Reply reply => string.Join("\n", [reply.Text, .. reply.Buttons.SelectMany(row => row).Select(b => b.Label)]),
        IEnumerable<IEnumerable<Button>> rows => string.Join("\n", rows.SelectMany(row => row).Select(b => b.Label)),
        _ => throw new InvalidOperationException($"Unexpected result {result}: teach the test how to read it."),
    };

    private static IReadOnlyList<string> Payloads(object? result) => result switch
    {
        Button button => [button.Payload],
        Reply reply => [.. reply.Buttons.SelectMany(row => row).Select(b => b.Payload)],
        IEnumerable<IEnumerable<Button>> rows => [.. rows.SelectMany(row => row).Select(b => b.Payload)],
        _ => [],
    };

    private static Profile Mentee(RoleKind kind) => new() { Role = Role.Mentee, RoleKind = kind, DisplayName = "Ana" };

    private static ScoredMentor Mentor(RoleKind kind) =>
        new(new MentorForMatching(7, new Profile { Role = Role.Mentor, RoleKind = kind, DisplayName = "Tomás" }, 0), 0.5f, 0.5, []);
}

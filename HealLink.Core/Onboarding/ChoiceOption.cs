namespace HealLink.Core.Onboarding;

/// <summary>
/// One answer to a choice question. <paramref name="Key"/> goes into button payloads and the state (short, ASCII,
/// stable); <paramref name="Label"/> is what the person sees and may type, in their language.
/// </summary>
internal sealed record ChoiceOption(string Key, string Label)
{
    private readonly string? _stored;

    /// <summary>How the answer reads in the profile summary, when the button label would read oddly there.</summary>
    public string? SummaryText { get; init; }

    public Transition Then { get; init; } = Transition.Next;

    /// <summary>
    /// What a question that stores labels keeps (<see cref="MultiChoiceStep.StoresLabels"/>): the English label,
    /// whichever language the person answered in, because matching compares profiles across languages.
    /// </summary>
    public string Stored
    {
        get => _stored ?? Label;
        init => _stored = value;
    }

    /// <summary>How a stored label reads among <paramref name="options"/> (in their language); one of the person's own as kept.</summary>
    public static string ShownAs(IReadOnlyList<ChoiceOption> options, string stored) =>
        options.FirstOrDefault(o => o.Stored.Equals(stored, StringComparison.OrdinalIgnoreCase))?.Label ?? stored;

    /// <summary>How a stored key reads among <paramref name="options"/> (in their language).</summary>
    public static string LabelOfKey(IReadOnlyList<ChoiceOption> options, string key) =>
        options.FirstOrDefault(o => o.Key == key)?.Label ?? key;

    public static ChoiceOption For<TEnum>(TEnum value, string label)
        where TEnum : struct, Enum => new(EnumKey.Of(value), label);

    /// <summary>The label of <paramref name="value"/>'s option among <paramref name="options"/>, as the question shows it.</summary>
    public static string LabelOf<TEnum>(IReadOnlyList<ChoiceOption> options, TEnum value)
        where TEnum : struct, Enum => options.First(o => o.Key == EnumKey.Of(value)).Label;
}

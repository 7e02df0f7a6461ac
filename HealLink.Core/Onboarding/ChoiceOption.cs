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

    public static ChoiceOption For<TEnum>(TEnum value, string label)
        where TEnum : struct, Enum => new(EnumKey.Of(value), label);

    /// <summary>The label of <paramref name="value"/>'s option among <paramref name="options"/>, as the question shows it.</summary>
    public static string LabelOf<TEnum>(IReadOnlyList<ChoiceOption> options, TEnum value)
        where TEnum : struct, Enum => options.First(o => o.Key == EnumKey.Of(value)).Label;
}

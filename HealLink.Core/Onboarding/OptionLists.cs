namespace HealLink.Core.Onboarding;

/// <summary>
/// The longer lists of options offered as buttons, in English. Keys are stable: they are stored and sent in payloads.
/// Other languages relabel these lists (<see cref="Relabel"/>), so keys and stored labels stay the same in all.
/// </summary>
internal static class OptionLists
{
    public static IReadOnlyList<ChoiceOption> Languages { get; } =
    [
        new("en", "English"), new("es", "Spanish"), new("fr", "French"), new("de", "German"),
        new("pt", "Portuguese"), new("it", "Italian"), new("ar", "Arabic"), new("zh", "Chinese"),
        new("hi", "Hindi"), new("ru", "Russian"),
    ];

    public static IReadOnlyList<ChoiceOption> Interests { get; } =
    [
        new("outdoors", "Outdoors"), new("cooking", "Cooking"), new("faith", "Faith"), new("family", "Family"),
        new("work", "Work"), new("arts", "Arts"), new("sport", "Sport"), new("gaming", "Gaming"),
        new("music", "Music"), new("reading", "Reading"), new("pets", "Pets"), new("travel", "Travel"),
    ];

    /// <summary>What mentors can help with; stored as keys so matching does not depend on wording.</summary>
    public static IReadOnlyList<ChoiceOption> HelpTopics { get; } =
    [
        new("waiting", "Waiting for a transplant or surgery"),
        new("surgery-prep", "Preparing for surgery"),
        new("hospital-stay", "The hospital stay"),
        new("pain-recovery", "Pain and recovery"),
        new("medication", "Medication routines"),
        new("diet", "Diet and eating"),
        new("work", "Returning to work"),
        new("family", "Family and relationships"),
        new("mood", "Anxiety and mood"),
        new("caring", "Caring for a partner"),
    ];

    /// <summary>
    /// The same options under another language's labels, keyed by option key; each keeps its key and its stored
    /// (English) label. Every option must have a label.
    /// </summary>
    public static IReadOnlyList<ChoiceOption> Relabel(IReadOnlyList<ChoiceOption> options, IReadOnlyDictionary<string, string> labels) =>
        [.. options.Select(o => o with { Label = labels[o.Key], Stored = o.Stored })];
}

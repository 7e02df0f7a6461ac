using System.Globalization;
using System.Text;
using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// A question answered with several options: tick buttons then Done (ticks wait in
/// <c>ConversationState.PendingSelection</c>), or type a list. A typed list completes the answer, together with
/// anything already ticked; where <see cref="AcceptsOwnEntries"/> is set, items that are not options are kept as
/// the person's own entries.
/// </summary>
internal sealed class MultiChoiceStep : OnboardingStep
{
    public const int MaxOwnEntries = 10;
    public const int MaxOwnEntryLength = 40;

    /// <summary>A typed list can hold at most ten own entries of forty characters; longer is not a list.</summary>
    public const int MaxTypedLength = 500;

    public required Func<Profile, IReadOnlyList<string>> Read { get; init; }

    public required Action<Profile, List<string>> Write { get; init; }

    /// <summary>
    /// Store option labels rather than keys ("en"): for answers read by people as they are. The English label is
    /// stored ("Spanish" for "Español"), and shown in the reader's language.
    /// </summary>
    public bool StoresLabels { get; init; }

    public bool AcceptsOwnEntries { get; init; }

    public int MinimumChoices { get; init; }

    /// <summary>What we say when fewer than <see cref="MinimumChoices"/> are chosen; null for the copy's general one.</summary>
    public string? MinimumMessage { get; init; }

    public override string? Describe(Profile profile)
    {
        var values = Read(profile);
        return values.Count == 0
            ? null
            : string.Join(", ", values.Select(v => Options.FirstOrDefault(o => (StoresLabels ? o.Stored : o.Key) == v)?.Label ?? v));
    }

    /// <summary>The options ticked so far, in the order of the buttons.</summary>
    public IEnumerable<ChoiceOption> Ticked(IReadOnlyList<string> selection) => Options.Where(o => selection.Contains(o.Key));

    protected override bool OffersDone => true;

    protected override bool CanKeep(Profile profile) => Read(profile).Count > 0;

    protected override StepOutcome InterpretOption(string key, IReadOnlyList<string> selection)
    {
        if (Options.All(o => o.Key != key))
        {
            return new UnknownButton();
        }

        var toggled = selection.Contains(key) ? selection.Where(k => k != key) : selection.Append(key);
        return new SelectionChanged([.. Options.Select(o => o.Key).Where(toggled.Contains)]);
    }

    protected override StepOutcome Finish(IReadOnlyList<string> selection) => Complete(selection, []);

    protected override StepOutcome InterpretTyped(string text, IReadOnlyList<string> selection)
    {
        var length = FreeText.Length(text);
        if (length > MaxTypedLength)
        {
            return new InvalidAnswer(Copy.Answers.TooLong(MaxTypedLength, length));
        }

        var keys = selection.ToList();
        var ownEntries = new List<string>();
        foreach (var item in ChoiceText.MatchMany(text, Options))
        {
            switch (item.Match)
            {
                case TypedChoice.Found found:
                    keys.Add(found.Option.Key);
                    break;
                case TypedChoice.OutOfRange outOfRange:
                    return new InvalidAnswer(Copy.Answers.OutOfRange(outOfRange.Number, Options.Count));
                case TypedChoice.NotFound when !AcceptsOwnEntries:
                    return new InvalidAnswer(Copy.Answers.NotAnOption(item.Text, Options.Count));
                default:
                    if (CheckOwnEntry(item.Text) is { } problem)
                    {
                        return new InvalidAnswer(problem);
                    }

                    ownEntries.Add(FreeText.UpperFirst(FreeText.ToSingleLine(item.Text)));
                    break;
            }
        }

        return ownEntries.Count > MaxOwnEntries
            ? new InvalidAnswer(Copy.TooManyOwnEntries(MaxOwnEntries))
            : Complete(keys, ownEntries);
    }

    protected override void WriteSkipped(Profile profile) => Write(profile, []);

    private StepOutcome Complete(IReadOnlyList<string> keys, IReadOnlyList<string> ownEntries)
    {
        var values = Ticked(keys).Select(o => StoresLabels ? o.Stored : o.Key).ToList();
        foreach (var entry in ownEntries)
        {
            var alreadyThere = values.Any(v => v.Equals(entry, StringComparison.OrdinalIgnoreCase));
            if (!alreadyThere)
            {
                values.Add(entry);
            }
        }

        return values.Count < MinimumChoices
            ? new InvalidAnswer(MinimumMessage ?? Copy.ChooseAtLeastOne)
            : new Answered(profile => Write(profile, values));
    }

    private string? CheckOwnEntry(string entry)
    {
        if (FreeText.Length(entry) > MaxOwnEntryLength)
        {
            return Copy.OwnEntryTooLong(FreeText.Shorten(entry, 20), MaxOwnEntryLength);
        }

        var allowed = entry.EnumerateRunes().All(r =>
            Rune.IsLetter(r) || r.Value is ' ' or '-'
            || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
        return allowed
            ? null
            : Copy.OwnEntryCharacters(FreeText.Shorten(entry, MaxOwnEntryLength));
    }
}

using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>A question answered by choosing one option: a button, its number or its label.</summary>
internal sealed class ChoiceStep : OnboardingStep
{
    /// <summary>The key of the current answer, if any.</summary>
    public Func<Profile, string?> Read { get; init; } = _ => null;

    /// <summary>Stores the chosen key (null when skipped); null for questions that only steer the conversation.</summary>
    public Action<Profile, string?>? Write { get; init; }

    public override string? Describe(Profile profile) =>
        Read(profile) is { } key && Options.FirstOrDefault(o => o.Key == key) is { } option
            ? option.SummaryText ?? option.Label
            : null;

    protected override StepOutcome InterpretOption(string key, IReadOnlyList<string> selection) =>
        Options.FirstOrDefault(o => o.Key == key) is { } option ? Choose(option) : new UnknownButton();

    protected override StepOutcome InterpretTyped(string text, IReadOnlyList<string> selection) =>
        ChoiceText.MatchOne(text, Options) switch
        {
            TypedChoice.Found found => Choose(found.Option),
            TypedChoice.OutOfRange outOfRange => new InvalidAnswer(Copy.Answers.OutOfRange(outOfRange.Number, Options.Count)),
            _ => new InvalidAnswer(Copy.Answers.ChooseOne(Options.Count)),
        };

    protected override void WriteSkipped(Profile profile) => Write?.Invoke(profile, null);

    private Answered Choose(ChoiceOption option)
    {
        var write = Write;
        return new Answered(write is null ? null : profile => write(profile, option.Key), option.Then, option.Key);
    }
}

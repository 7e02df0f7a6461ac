using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>A question answered in the person's own words, checked for length and content.</summary>
internal sealed class TextStep : OnboardingStep
{
    public required Func<Profile, string?> Read { get; init; }

    /// <summary>How the answer reads in the summary, when that differs from what was typed.</summary>
    public Func<Profile, string?>? Display { get; init; }

    /// <summary>Stores the answer (null when skipped).</summary>
    public required Action<Profile, string?> Write { get; init; }

    /// <summary>Minimum length in user-perceived characters.</summary>
    public int MinLength { get; init; } = 1;

    /// <summary>Maximum length in user-perceived characters.</summary>
    public required int MaxLength { get; init; }

    /// <summary>
    /// Whether an answer past <see cref="MaxLength"/> is kept as a draft, offering its first part. Not for the name: the
    /// first words of a sentence make a poor name, so there we simply ask for a shorter one.
    /// </summary>
    public bool KeepsDrafts { get; init; } = true;

    /// <summary>Only the intro is several lines; other answers are folded onto one line.</summary>
    public bool KeepsLineBreaks { get; init; }

    /// <summary>The nudge when the answer is shorter than <see cref="MinLength"/>, given its length.</summary>
    public Func<int, string>? TooShort { get; init; }

    /// <summary>Returns what is wrong with an answer of the right length, or null when it is fine.</summary>
    public Func<string, string?> Check { get; init; } = _ => null;

    public override string? Describe(Profile profile) => (Display ?? Read)(profile);

    protected override string EmptyMessage => IsOptional ? Copy.Answers.EmptyOptional : Copy.Answers.Empty;

    protected override bool CanKeep(Profile profile) => Read(profile) is not null;

    protected override StepOutcome InterpretTyped(string text, IReadOnlyList<string> selection)
    {
        var answer = KeepsLineBreaks ? text : FreeText.ToSingleLine(text);
        var length = FreeText.Length(answer);
        if (length > MaxLength)
        {
            return KeepsDrafts ? new OverLimit(answer) : new InvalidAnswer(Copy.Answers.TooLong(MaxLength, length));
        }

        return Validate(answer);
    }

    /// <summary>What the draft's first part would be: within the limit, cut at a sentence or word.</summary>
    public string FirstPartOf(string draft) => FirstPart.Of(draft, MaxLength);

    /// <summary>
    /// A press (or typed label) of the draft's own buttons, while one is held for this question; null for any other
    /// input, which the question reads as usual. The first part passes the same checks as a typed answer.
    /// </summary>
    public StepOutcome? InterpretDraft(StepInput input, string draft)
    {
        var choice = input switch
        {
            NavigationPressed pressed => pressed.Navigation,
            TypedAnswer typed => TypedNavigation(typed.Text, [Navigation.FirstPart, Navigation.Shorter]),
            _ => null,
        };
        return choice switch
        {
            Navigation.FirstPart => Validate(FirstPartOf(draft)),
            Navigation.Shorter => new ShorterPromised(),
            _ => null,
        };
    }

    protected override void WriteSkipped(Profile profile) => Write(profile, null);

    private StepOutcome Validate(string answer)
    {
        var length = FreeText.Length(answer);
        if (length < MinLength)
        {
            return new InvalidAnswer(TooShort?.Invoke(length) ?? Copy.Answers.TooShort(MinLength));
        }

        return Check(answer) is { } problem
            ? new InvalidAnswer(problem)
            : new Answered(profile => Write(profile, answer));
    }
}

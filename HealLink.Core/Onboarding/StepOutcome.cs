using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>What a question made of the person's input. Steps never change anything themselves.</summary>
internal abstract record StepOutcome;

/// <summary>The input was not a usable answer; <paramref name="Message"/> says why, kindly. Nothing changes.</summary>
internal sealed record InvalidAnswer(string Message) : StepOutcome;

/// <summary>A button that does not belong to this question (a hand-made or corrupted payload).</summary>
internal sealed record UnknownButton : StepOutcome;

/// <summary>A multi-choice tick was toggled; the question stays open with <paramref name="Selection"/> ticked.</summary>
internal sealed record SelectionChanged(IReadOnlyList<string> Selection) : StepOutcome;

/// <summary>
/// Usable but past the question's limit: <paramref name="Draft"/> is kept aside, and the person chooses between its
/// first part and a shorter answer. Nothing is saved as the answer yet.
/// </summary>
internal sealed record OverLimit(string Draft) : StepOutcome;

/// <summary>They will send a shorter answer instead of a draft's first part; the draft waits until they do.</summary>
internal sealed record ShorterPromised : StepOutcome;

/// <summary>Back to the previous question.</summary>
internal sealed record WentBack : StepOutcome;

/// <summary>
/// A complete answer. <paramref name="Write"/> stores it on the profile (null when nothing is to be stored, e.g.
/// Keep); <paramref name="Then"/> says where the conversation goes; <paramref name="ChosenKey"/> is the option
/// chosen, for transitions that need it.
/// </summary>
internal sealed record Answered(Action<Profile>? Write, Transition Then = Transition.Next, string? ChosenKey = null)
    : StepOutcome;

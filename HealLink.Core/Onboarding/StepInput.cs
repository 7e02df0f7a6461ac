namespace HealLink.Core.Onboarding;

/// <summary>What the person gave in answer to the current question.</summary>
internal abstract record StepInput;

/// <summary>Typed text, already cleaned of control characters (see <see cref="FreeText.Clean"/>).</summary>
internal sealed record TypedAnswer(string Text) : StepInput;

/// <summary>A press of one of the question's option buttons.</summary>
internal sealed record OptionPressed(string Key) : StepInput;

/// <summary>A press of Back, Skip, Done or Keep.</summary>
internal sealed record NavigationPressed(Navigation Navigation) : StepInput;

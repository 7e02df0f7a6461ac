namespace HealLink.Benchmarks.Shared;

/// <summary>
/// A whole mentee onboarding by buttons, the same answers as the pipeline tests' <c>Scripts.MenteeByButtons</c>;
/// copied because benchmarks must not depend on a test project.
/// </summary>
internal static class OnboardingScript
{
    public const string MenteeIntro =
        "I'm waiting for a kidney transplant and on dialysis three times a week. I'd love to talk to someone who has been through the wait.";

    public const string MenteeLabel = "I'm preparing for or recovering from a procedure";

    /// <summary>The first steps of <see cref="MenteeByButtons"/>: after them the name question is open.</summary>
    public const int StepsToNameQuestion = 3;

    /// <summary>The answer to the name question: a typical text answer.</summary>
    public const string Name = "Maria";

    public static IReadOnlyList<ChatStep> MenteeByButtons { get; } =
    [
        new ChatStep.Say("/start"),
        new ChatStep.Press("I agree"),
        new ChatStep.Press(MenteeLabel),
        new ChatStep.Say(Name),
        new ChatStep.Say("kidney transplant"),
        new ChatStep.Press("Preparing for it"),
        new ChatStep.Press("30–44"),
        new ChatStep.Press("Woman"),
        new ChatStep.Press("No preference"),
        new ChatStep.Press("English"),
        new ChatStep.Press("Spanish"),
        new ChatStep.Press("Done"),
        new ChatStep.Press("Skip"),
        new ChatStep.Press("Cooking"),
        new ChatStep.Press("Done"),
        new ChatStep.Say(MenteeIntro),
        new ChatStep.Press("Looks good"),
    ];

    public static IEnumerable<ChatStep> ToNameQuestion => MenteeByButtons.Take(StepsToNameQuestion);
}

/// <summary>One thing a person does in a chat.</summary>
internal abstract record ChatStep
{
    public sealed record Say(string Text) : ChatStep;

    /// <summary>Presses the button with this label on the latest keyboard.</summary>
    public sealed record Press(string Label) : ChatStep;
}

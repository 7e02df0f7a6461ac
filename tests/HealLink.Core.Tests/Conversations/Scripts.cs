namespace HealLink.Core.Tests.Conversations;

/// <summary>
/// Complete, valid answers used across tests, as data: the same scripts drive the handler alone, the pipeline
/// on a real database and the console.
/// </summary>
internal static class Scripts
{
    public const string MenteeIntro =
        "I'm waiting for a kidney transplant and on dialysis three times a week. I'd love to talk to someone who has been through the wait.";

    public const string MentorIntro =
        "I had my transplant four years ago after two years of dialysis. I wish I had known how normal the ups and downs of recovery are.";

    /// <summary>The mentee's answer to the name question: a typical short text answer.</summary>
    public const string MenteeName = "Maria";

    public const string MenteeLabel = "I'm preparing for or recovering from a procedure";
    public const string MentorLabel = "I've been through one and want to help";
    public const string CaregiverLabel = "I'm supporting someone who faces one";
    public const string CaregiverMentorLabel = "I supported someone through one and want to help";

    /// <summary>Consent given and the role chosen: the name question is open.</summary>
    public static IReadOnlyList<ChatStep> StartMentee { get; } =
    [
        new ChatStep.Say("/start"),
        new ChatStep.Press("I agree"),
        new ChatStep.Press(MenteeLabel),
    ];

    /// <summary>Every mentee question answered up to the intro, which is open.</summary>
    public static IReadOnlyList<ChatStep> MenteeToIntro { get; } =
    [
        .. StartMentee,
        new ChatStep.Say(MenteeName),
        new ChatStep.Say("kidney transplant"),
        new ChatStep.Press("Preparing for it"),
        new ChatStep.Press("30–44"),
        new ChatStep.Press("Woman"),
        new ChatStep.Press("No preference"),
        new ChatStep.Press("English"),
        new ChatStep.Press("Done"),
        new ChatStep.Press("Skip"),
        new ChatStep.Press("Skip"),
    ];

    /// <summary>Mentor consent, role, name, procedure, stage, age, gender, languages, hospital, interests, intro: topics are open.</summary>
    public static IReadOnlyList<ChatStep> MentorToHelpTopics { get; } =
    [
        new ChatStep.Say("/start"),
        new ChatStep.Press("I agree"),
        new ChatStep.Press(MentorLabel),
        new ChatStep.Say("Sam"),
        new ChatStep.Say("kidney transplant"),
        new ChatStep.Press("More than 3 years ago"),
        new ChatStep.Press("45–59"),
        new ChatStep.Press("Skip"),
        new ChatStep.Press("English"),
        new ChatStep.Press("Done"),
        new ChatStep.Press("Skip"),
        new ChatStep.Press("Skip"),
        new ChatStep.Say(MentorIntro),
    ];

    public static IReadOnlyList<ChatStep> MenteeByButtons { get; } =
    [
        new ChatStep.Say("/start"),
        new ChatStep.Press("I agree"),
        new ChatStep.Press(MenteeLabel),
        new ChatStep.Say(MenteeName),
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

    public static IReadOnlyList<ChatStep> MentorByButtons { get; } =
    [
        new ChatStep.Say("hi"),
        new ChatStep.Press("I agree"),
        new ChatStep.Press(MentorLabel),
        new ChatStep.Say("Sam"),
        new ChatStep.Say("Kidney transplant"),
        new ChatStep.Press("More than 3 years ago"),
        new ChatStep.Press("45–59"),
        new ChatStep.Press("Man"),
        new ChatStep.Press("English"),
        new ChatStep.Press("Done"),
        new ChatStep.Say("St Mary's Hospital"),
        new ChatStep.Press("Skip"),
        new ChatStep.Say(MentorIntro),
        new ChatStep.Press("Waiting for a transplant or surgery"),
        new ChatStep.Press("Returning to work"),
        new ChatStep.Press("Done"),
        new ChatStep.Press("2"),
        new ChatStep.Say("Weekday evenings"),
        new ChatStep.Press("Looks good"),
    ];

    /// <summary>The mentee's script answered by someone supporting a person who faces the procedure.</summary>
    public static IReadOnlyList<ChatStep> CaregiverByButtons { get; } = [.. AsCaregiver(MenteeByButtons, MenteeLabel, CaregiverLabel)];

    /// <summary>The mentor's script answered by someone who supported a person through the procedure.</summary>
    public static IReadOnlyList<ChatStep> CaregiverMentorByButtons { get; } = [.. AsCaregiver(MentorByButtons, MentorLabel, CaregiverMentorLabel)];

    private static IEnumerable<ChatStep> AsCaregiver(IEnumerable<ChatStep> steps, string patientLabel, string caregiverLabel) =>
        steps.Select(step => step == new ChatStep.Press(patientLabel) ? new ChatStep.Press(caregiverLabel) : step);
}

/// <summary>One thing a person does in a chat.</summary>
internal abstract record ChatStep
{
    public sealed record Say(string Text) : ChatStep;

    /// <summary>Presses the button with this label on the latest keyboard.</summary>
    public sealed record Press(string Label) : ChatStep;
}

internal static class ChatStepExtensions
{
    /// <summary>Plays the steps in order through whatever chat the caller drives.</summary>
    public static async Task PlayAsync(this IEnumerable<ChatStep> steps, Func<string, Task> say, Func<string, Task> press)
    {
        foreach (var step in steps)
        {
            await (step switch
            {
                ChatStep.Say s => say(s.Text),
                ChatStep.Press p => press(p.Label),
                _ => throw new ArgumentOutOfRangeException(nameof(steps), step, "Unknown step"),
            });
        }
    }
}

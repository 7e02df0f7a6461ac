using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>The end of the onboarding: the summary to confirm, and the menu of answers /edit can change.</summary>
internal static class SummarySteps
{
    public const string FindMatchLabel = "Find my match";

    public const string MentorFinished =
        "Thank you — a coordinator will review your profile, usually within a few days. We'll message you here.";

    public static string MenteeFinished(string? name) =>
        $"You're all set{(name is null ? "" : ", " + name)} — your profile is saved.\nWhenever you're ready, tap {FindMatchLabel}.";

    public static ChoiceStep Summary(Func<Profile, string> summary) => new()
    {
        Key = StepKeys.Summary,
        Preamble = profile => "Here's what you've told us:\n\n" + summary(profile),
        Prompt = "Does this look right?",
        Editable = false,
        OptionsPerRow = 2,
        Options =
        [
            new("confirm", "Looks good") { Then = Transition.Confirm },
            new("edit", "Edit something") { Then = Transition.OpenEditMenu },
        ],
    };

    /// <summary>Offers every answer that can be changed; choosing one asks that question again.</summary>
    public static ChoiceStep EditMenu(IEnumerable<OnboardingStep> steps) => new()
    {
        Key = StepKeys.EditMenu,
        Prompt = "Which answer would you like to change?",
        Editable = false,
        OptionsPerRow = 2,
        Options =
        [
            .. steps
                .Where(s => s.Editable && s.SummaryLabel is not null)
                .Select(s => new ChoiceOption(s.Key, s.SummaryLabel!) { Then = Transition.EditAnswer }),
        ],
    };
}

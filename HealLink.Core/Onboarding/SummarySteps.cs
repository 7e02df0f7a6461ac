using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>The end of the onboarding: the summary to confirm, and the menu of answers /edit can change.</summary>
internal static class SummarySteps
{
    public static ChoiceStep Summary(OnboardingCopy copy, Func<Profile, string> summary) => new()
    {
        Key = StepKeys.Summary,
        Copy = copy,
        Preamble = profile => copy.SummaryPreamble(summary(profile)),
        Prompt = copy.SummaryPrompt,
        Editable = false,
        OptionsPerRow = 2,
        Options =
        [
            new("confirm", copy.LooksGood) { Then = Transition.Confirm },
            new("edit", copy.EditSomething) { Then = Transition.OpenEditMenu },
        ],
    };

    /// <summary>Offers every answer that can be changed; choosing one asks that question again.</summary>
    public static ChoiceStep EditMenu(OnboardingCopy copy, IEnumerable<OnboardingStep> steps) => new()
    {
        Key = StepKeys.EditMenu,
        Copy = copy,
        Prompt = copy.EditMenuPrompt,
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

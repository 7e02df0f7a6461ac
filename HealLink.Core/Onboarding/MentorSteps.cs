using System.Globalization;
using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Onboarding;

/// <summary>What only mentors are asked: what they can help with, how many mentees, and when they are around.</summary>
internal static class MentorSteps
{
    public const int MaxCapacity = 5;
    public const int AvailabilityMaxLength = 200;

    public static MultiChoiceStep HelpTopics(OnboardingCopy copy) => new()
    {
        Key = StepKeys.HelpTopics,
        Copy = copy,
        Prompt = copy.HelpTopicsPrompt,
        SummaryLabel = copy.HelpTopicsSummaryLabel,
        Options = copy.HelpTopicOptions,
        MinimumChoices = 1,
        MinimumMessage = copy.HelpTopicsMinimum,
        Read = profile => profile.HelpTopics,
        Write = (profile, topics) => profile.HelpTopics = topics,
    };

    public static ChoiceStep Capacity(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Capacity,
        Copy = copy,
        Prompt = copy.CapacityPrompt,
        SummaryLabel = copy.CapacitySummaryLabel,
        SkipLabel = copy.Skip,
        OptionsPerRow = MaxCapacity,
        Options =
        [
            .. Enumerable.Range(1, MaxCapacity).Select(n =>
                new ChoiceOption(n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture))),
        ],
        Read = profile => profile.Capacity.ToString(CultureInfo.InvariantCulture),
        Write = (profile, key) => profile.Capacity =
            key is null ? Profile.DefaultCapacity : int.Parse(key, CultureInfo.InvariantCulture),
    };

    public static TextStep Availability(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Availability,
        Copy = copy,
        Prompt = copy.AvailabilityPrompt,
        SummaryLabel = copy.AvailabilitySummaryLabel,
        SkipLabel = copy.Skip,
        MaxLength = AvailabilityMaxLength,
        Read = profile => profile.Availability,
        Write = (profile, availability) => profile.Availability = availability,
        Check = availability => ContactDetails.AreIn(availability) ? copy.Answers.NoContactDetails : null,
    };
}

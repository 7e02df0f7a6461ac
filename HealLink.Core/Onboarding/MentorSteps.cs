using System.Globalization;
using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Onboarding;

/// <summary>What only mentors are asked: what they can help with, how many mentees, and when they are around.</summary>
internal static class MentorSteps
{
    public const int MaxCapacity = 5;
    public const int AvailabilityMaxLength = 200;

    public static MultiChoiceStep HelpTopics() => new()
    {
        Key = StepKeys.HelpTopics,
        Prompt =
            "Which topics could you help with? Tap all that apply, then Done.\n"
            + "We use these to suggest you to mentees who need exactly that.",
        SummaryLabel = "Can help with",
        Options = OptionLists.HelpTopics,
        MinimumChoices = 1,
        MinimumMessage = "Please choose at least one topic, then tap Done.",
        Read = profile => profile.HelpTopics,
        Write = (profile, topics) => profile.HelpTopics = topics,
    };

    public static ChoiceStep Capacity() => new()
    {
        Key = StepKeys.Capacity,
        Prompt =
            $"How many mentees could you support at once? If you skip, we'll use {Profile.DefaultCapacity}.\n"
            + "You can change this later with /edit.",
        SummaryLabel = "Mentees at once",
        SkipLabel = "Skip",
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

    public static TextStep Availability() => new()
    {
        Key = StepKeys.Availability,
        Prompt =
            "Last one: when are you usually around to chat? For example \"weekday evenings\""
            + $" (up to {AvailabilityMaxLength} characters). This is optional.\n"
            + "It helps your mentees know when to expect a reply.",
        SummaryLabel = "Usually around",
        SkipLabel = "Skip",
        MaxLength = AvailabilityMaxLength,
        Read = profile => profile.Availability,
        Write = (profile, availability) => profile.Availability = availability,
        Check = availability => ContactDetails.AreIn(availability) ? AnswerMessages.English.NoContactDetails : null,
    };
}

using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>The second half of <see cref="OnboardingCopy"/>: life, mentor questions, the summary and /timezone.</summary>
internal partial class OnboardingCopy
{
    // Life.
    public virtual string LanguagesPrompt =>
        "Which languages are you comfortable talking in? Tap all that apply, then Done.\n"
        + "Another language? Just type it — for example \"Tagalog\" or \"English, Polish\".";

    public virtual string LanguagesSummaryLabel => "Languages";

    public virtual string LanguagesMinimum => "Please choose at least one language — tap it, or type it.";

    public virtual IReadOnlyList<ChoiceOption> LanguageOptions => OptionLists.Languages;

    public virtual string HospitalPrompt(Role role) =>
        (role == Role.Mentee ? "Which hospital or clinic is looking after you?" : "Which hospital or clinic looked after you?")
        + HospitalPurpose;

    public virtual string HospitalCaregiverPrompt(Role role) =>
        (role == Role.Mentee
            ? "Which hospital or clinic is looking after the person you support?"
            : "Which hospital or clinic looked after the person you supported?")
        + HospitalPurpose;

    public virtual string HospitalSummaryLabel => "Hospital or clinic";

    public virtual string InterestsPrompt =>
        "What do you enjoy outside of all things medical? Tap any that fit, then Done — or type your own.\n"
        + "Shared interests help a first conversation flow. This one is optional.";

    public virtual string InterestsSummaryLabel => "Interests";

    public virtual IReadOnlyList<ChoiceOption> InterestOptions => OptionLists.Interests;

    public virtual string IntroPrompt(Role role) =>
        IntroOpening
        + (role == Role.Mentee
            ? "what are you facing, and what would help most right now?"
            : "what was your journey like, and what do you wish you had known?")
        + IntroPurpose;

    public virtual string IntroCaregiverPrompt(Role role) =>
        IntroOpening
        + (role == Role.Mentee
            ? "what are you and the person you support facing, and what would help you most right now?"
            : "what was it like to support them, and what do you wish you had known?")
        + IntroPurpose;

    public virtual string IntroSummaryLabel => "Your story";

    public virtual string IntroTooShort(int length) =>
        "Thank you — could you tell us a little more? A few sentences help us find someone close to your experience "
        + $"(at least {LifeSteps.IntroMinLength} characters; that was {length}).";

    // Mentors only.
    public virtual string HelpTopicsPrompt =>
        "Which topics could you help with? Tap all that apply, then Done.\n"
        + "We use these to suggest you to mentees who need exactly that.";

    public virtual string HelpTopicsSummaryLabel => "Can help with";

    public virtual string HelpTopicsMinimum => "Please choose at least one topic, then tap Done.";

    public virtual IReadOnlyList<ChoiceOption> HelpTopicOptions => OptionLists.HelpTopics;

    public virtual string CapacityPrompt =>
        $"How many mentees could you support at once? If you skip, we'll use {Profile.DefaultCapacity}.\n"
        + "You can change this later with /edit.";

    public virtual string CapacitySummaryLabel => "Mentees at once";

    public virtual string AvailabilityPrompt =>
        "Last one: when are you usually around to chat? For example \"weekday evenings\""
        + $" (up to {MentorSteps.AvailabilityMaxLength} characters). This is optional.\n"
        + "It helps your mentees know when to expect a reply.";

    public virtual string AvailabilitySummaryLabel => "Usually around";

    // The summary and the end.
    public virtual string SummaryPreamble(string summary) => "Here's what you've told us:\n\n" + summary;

    public virtual string SummaryPrompt => "Does this look right?";

    public virtual string LooksGood => "Looks good";

    public virtual string EditSomething => "Edit something";

    public virtual string EditMenuPrompt => "Which answer would you like to change?";

    public virtual string FindMatchLabel => "Find my match";

    public virtual string MentorFinished =>
        "Thank you — a coordinator will review your profile, usually within a few days. We'll message you here.";

    public virtual string MenteeFinished(string? name) =>
        $"You're all set{(name is null ? "" : ", " + name)} — your profile is saved.\nWhenever you're ready, tap {FindMatchLabel}.";

    // /timezone, a question asked outside the onboarding.
    public virtual string TimeZonePrompt =>
        "Where are you? I'll keep reminders and check-ins between 8:00 and 22:00 your time. Pick the nearest place:";

    public virtual string TimeZoneConsentFirst => "Let's get started first — then you can tell me your time zone.";

    public virtual string TimeZoneLabel(TimeZoneChoice choice) => choice.Label;

    public virtual string TimeZoneSaved(string label, string? localTime) =>
        $"Saved: {label}."
        + (localTime is null ? "" : $" It's {localTime} there now.")
        + " I'll keep reminders and check-ins to between 8:00 and 22:00 your time. /timezone changes it.";

    protected virtual string HospitalPurpose =>
        $" This is optional (up to {LifeSteps.HospitalMaxLength} characters).\nWe only use it to prefer someone who knows the same place.";

    protected virtual string IntroOpening =>
        $"Now the most important part. In a few sentences (up to {FreeText.Count(LifeSteps.IntroMaxLength)} characters), ";

    protected virtual string IntroPurpose =>
        "\nThis is what we use to find someone whose experience is close to yours; only your match sees it.";
}

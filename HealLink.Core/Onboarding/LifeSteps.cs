using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Onboarding;

/// <summary>Languages, hospital, interests and the intro: what makes a conversation feel close.</summary>
internal static class LifeSteps
{
    public const int IntroMinLength = 80;
    public const int IntroMaxLength = 1000;
    public const int HospitalMaxLength = 120;

    private const string IntroPurpose = "\nThis is what we use to find someone whose experience is close to yours; only your match sees it.";

    private static readonly string _upToIntroLimit = $"up to {FreeText.Count(IntroMaxLength)} characters";

    private static readonly string _hospitalPurpose =
        $" This is optional (up to {HospitalMaxLength} characters).\nWe only use it to prefer someone who knows the same place.";

    public static MultiChoiceStep Languages() => new()
    {
        Key = StepKeys.Languages,
        Prompt =
            "Which languages are you comfortable talking in? Tap all that apply, then Done.\n"
            + "Another language? Just type it — for example \"Tagalog\" or \"English, Polish\".",
        SummaryLabel = "Languages",
        Options = OptionLists.Languages,
        OptionsPerRow = 2,
        StoresLabels = true,
        AcceptsOwnEntries = true,
        MinimumChoices = 1,
        MinimumMessage = "Please choose at least one language — tap it, or type it.",
        Read = profile => profile.Languages,
        Write = (profile, languages) => profile.Languages = languages,
    };

    public static TextStep Hospital(Role role) => new()
    {
        Key = StepKeys.Hospital,
        Prompt = (role == Role.Mentee
                ? "Which hospital or clinic is looking after you?"
                : "Which hospital or clinic looked after you?")
            + _hospitalPurpose,
        CaregiverPrompt = (role == Role.Mentee
                ? "Which hospital or clinic is looking after the person you support?"
                : "Which hospital or clinic looked after the person you supported?")
            + _hospitalPurpose,
        SummaryLabel = "Hospital or clinic",
        SkipLabel = "Skip",
        MaxLength = HospitalMaxLength,
        Read = profile => profile.Hospital,
        Write = (profile, hospital) => profile.Hospital = hospital,
        Check = hospital => ContactDetails.AreIn(hospital) ? AnswerMessages.English.NoContactDetails : null,
    };

    public static MultiChoiceStep Interests() => new()
    {
        Key = StepKeys.Interests,
        Prompt =
            "What do you enjoy outside of all things medical? Tap any that fit, then Done — or type your own.\n"
            + "Shared interests help a first conversation flow. This one is optional.",
        SummaryLabel = "Interests",
        SkipLabel = "Skip",
        Options = OptionLists.Interests,
        OptionsPerRow = 3,
        StoresLabels = true,
        AcceptsOwnEntries = true,
        Read = profile => profile.Interests,
        Write = (profile, interests) => profile.Interests = interests,
    };

    public static TextStep Intro(Role role) => new()
    {
        Key = StepKeys.Intro,
        Prompt = (role == Role.Mentee
                ? $"Now the most important part. In a few sentences ({_upToIntroLimit}), what are you facing, and what would help most right now?"
                : $"Now the most important part. In a few sentences ({_upToIntroLimit}), what was your journey like, and what do you wish you had known?")
            + IntroPurpose,
        CaregiverPrompt = (role == Role.Mentee
                ? $"Now the most important part. In a few sentences ({_upToIntroLimit}), what are you and the person you support facing, and what would help you most right now?"
                : $"Now the most important part. In a few sentences ({_upToIntroLimit}), what was it like to support them, and what do you wish you had known?")
            + IntroPurpose,
        SummaryLabel = "Your story",
        MinLength = IntroMinLength,
        MaxLength = IntroMaxLength,
        KeepsLineBreaks = true,
        TooShort = length =>
            "Thank you — could you tell us a little more? A few sentences help us find someone close to your experience "
            + $"(at least {IntroMinLength} characters; that was {length}).",
        Read = profile => profile.Intro,
        Write = (profile, intro) => profile.Intro = intro,
        Check = intro => ContactDetails.AreIn(intro) ? AnswerMessages.English.NoContactDetails : null,
    };
}

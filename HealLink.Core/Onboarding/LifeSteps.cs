using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Onboarding;

/// <summary>Languages, hospital, interests and the intro: what makes a conversation feel close.</summary>
internal static class LifeSteps
{
    public const int IntroMinLength = 80;
    public const int IntroMaxLength = 1000;
    public const int HospitalMaxLength = 120;

    public static MultiChoiceStep Languages(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Languages,
        Copy = copy,
        Prompt = copy.LanguagesPrompt,
        SummaryLabel = copy.LanguagesSummaryLabel,
        Options = copy.LanguageOptions,
        OptionsPerRow = 2,
        StoresLabels = true,
        AcceptsOwnEntries = true,
        MinimumChoices = 1,
        MinimumMessage = copy.LanguagesMinimum,
        Read = profile => profile.Languages,
        Write = (profile, languages) => profile.Languages = languages,
    };

    public static TextStep Hospital(OnboardingCopy copy, Role role) => new()
    {
        Key = StepKeys.Hospital,
        Copy = copy,
        Prompt = copy.HospitalPrompt(role),
        CaregiverPrompt = copy.HospitalCaregiverPrompt(role),
        SummaryLabel = copy.HospitalSummaryLabel,
        SkipLabel = copy.Skip,
        MaxLength = HospitalMaxLength,
        Read = profile => profile.Hospital,
        Write = (profile, hospital) => profile.Hospital = hospital,
        Check = hospital => ContactDetails.AreIn(hospital) ? copy.Answers.NoContactDetails : null,
    };

    public static MultiChoiceStep Interests(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Interests,
        Copy = copy,
        Prompt = copy.InterestsPrompt,
        SummaryLabel = copy.InterestsSummaryLabel,
        SkipLabel = copy.Skip,
        Options = copy.InterestOptions,
        OptionsPerRow = 3,
        StoresLabels = true,
        AcceptsOwnEntries = true,
        Read = profile => profile.Interests,
        Write = (profile, interests) => profile.Interests = interests,
    };

    public static TextStep Intro(OnboardingCopy copy, Role role) => new()
    {
        Key = StepKeys.Intro,
        Copy = copy,
        Prompt = copy.IntroPrompt(role),
        CaregiverPrompt = copy.IntroCaregiverPrompt(role),
        SummaryLabel = copy.IntroSummaryLabel,
        MinLength = IntroMinLength,
        MaxLength = IntroMaxLength,
        KeepsLineBreaks = true,
        TooShort = copy.IntroTooShort,
        Read = profile => profile.Intro,
        Write = (profile, intro) => profile.Intro = intro,
        Check = intro => ContactDetails.AreIn(intro) ? copy.Answers.NoContactDetails : null,
    };
}

using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Onboarding;

/// <summary>Who the person is and where they are on their path: name, procedure, stage, age and gender.</summary>
internal static class AboutYouSteps
{
    public const int ProcedureMaxLength = 120;

    public static TextStep Name(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Name,
        Copy = copy,
        Prompt = copy.NamePrompt,
        SummaryLabel = copy.NameSummaryLabel,
        MaxLength = 40,
        KeepsDrafts = false,
        Read = profile => profile.DisplayName,
        Write = (profile, name) => profile.DisplayName = name,
        Check = name => ContactDetails.AreIn(name) ? copy.NameHasContactDetails : null,
    };

    /// <summary>In English, as tests and pages outside the flow quote it.</summary>
    public static TextStep Procedure(Role role) => Procedure(OnboardingCopy.English, role);

    public static TextStep Procedure(OnboardingCopy copy, Role role) => new()
    {
        Key = StepKeys.Procedure,
        Copy = copy,
        Prompt = copy.ProcedurePrompt(role),
        CaregiverPrompt = copy.ProcedureCaregiverPrompt(role),
        SummaryLabel = copy.ProcedureSummaryLabel,
        MinLength = 2,
        MaxLength = ProcedureMaxLength,
        TooShort = _ => copy.ProcedureTooShort,
        Read = profile => profile.ProcedureText,
        Display = profile => profile.ProcedureDisplay,
        Write = (profile, procedure) =>
        {
            profile.ProcedureText = procedure;
            profile.ProcedureDisplay = procedure is null ? null : ProcedureDisplay.Tidy(procedure);
        },
        Check = procedure =>
            !procedure.Any(char.IsLetter) ? copy.ProcedureNeedsWords
            : ContactDetails.AreIn(procedure) ? copy.Answers.NoContactDetails
            : null,
    };

    /// <summary>The English options, which match cards and browse filters show outside the flow.</summary>
    public static ChoiceStep MenteeStage() => MenteeStage(OnboardingCopy.English);

    public static ChoiceStep MenteeStage(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Stage,
        Copy = copy,
        Prompt = copy.MenteeStagePrompt,
        CaregiverPrompt = copy.MenteeStageCaregiverPrompt,
        SummaryLabel = copy.MenteeStageSummaryLabel,
        Options = StageOptions(copy, Stage.Preparing, Stage.InHospital, Stage.RecoveringFirstMonths, Stage.RecoveringLongTerm),
        Read = profile => EnumKey.OfOrNull(profile.Stage),
        Write = (profile, key) => profile.Stage = EnumKey.Parse<Stage>(key),
    };

    /// <inheritdoc cref="MenteeStage()"/>
    public static ChoiceStep MentorStage() => MentorStage(OnboardingCopy.English);

    public static ChoiceStep MentorStage(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Stage,
        Copy = copy,
        Prompt = copy.MentorStagePrompt,
        CaregiverPrompt = copy.MentorStageCaregiverPrompt,
        SummaryLabel = copy.MentorStageSummaryLabel,
        Options = StageOptions(copy, Stage.LessThanAYearAgo, Stage.OneToThreeYearsAgo, Stage.MoreThanThreeYearsAgo),
        Read = profile => EnumKey.OfOrNull(profile.Stage),
        Write = (profile, key) => profile.Stage = EnumKey.Parse<Stage>(key),
    };

    /// <inheritdoc cref="MenteeStage()"/>
    public static ChoiceStep AgeRange() => AgeRange(OnboardingCopy.English);

    public static ChoiceStep AgeRange(OnboardingCopy copy) => new()
    {
        Key = StepKeys.AgeRange,
        Copy = copy,
        Prompt = copy.AgeRangePrompt,
        SummaryLabel = copy.AgeRangeSummaryLabel,
        OptionsPerRow = 3,

        // Numbers read the same in every language we speak.
        Options =
        [
            ChoiceOption.For(People.AgeRange.From18To29, "18–29"),
            ChoiceOption.For(People.AgeRange.From30To44, "30–44"),
            ChoiceOption.For(People.AgeRange.From45To59, "45–59"),
            ChoiceOption.For(People.AgeRange.From60To74, "60–74"),
            ChoiceOption.For(People.AgeRange.From75, "75+"),
        ],
        Read = profile => EnumKey.OfOrNull(profile.AgeRange),
        Write = (profile, key) => profile.AgeRange = EnumKey.Parse<People.AgeRange>(key),
    };

    /// <inheritdoc cref="MenteeStage()"/>
    public static ChoiceStep Gender() => Gender(OnboardingCopy.English);

    public static ChoiceStep Gender(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Gender,
        Copy = copy,
        Prompt = copy.GenderPrompt,
        SummaryLabel = copy.GenderSummaryLabel,
        SkipLabel = copy.Skip,
        OptionsPerRow = 2,
        Options = GenderOptions(copy, People.Gender.Woman, People.Gender.Man, People.Gender.NonBinary, People.Gender.PreferNotToSay),
        Read = profile => EnumKey.OfOrNull(profile.Gender),
        Write = (profile, key) => profile.Gender = EnumKey.Parse<People.Gender>(key),
    };

    public static ChoiceStep GenderPreference(OnboardingCopy copy) => new()
    {
        Key = StepKeys.GenderPreference,
        Copy = copy,
        Prompt = copy.GenderPreferencePrompt,
        SummaryLabel = copy.GenderPreferenceSummaryLabel,
        SkipLabel = copy.NoPreference,
        Unanswered = copy.NoPreference,
        OptionsPerRow = 3,
        Options = GenderOptions(copy, People.Gender.Woman, People.Gender.Man, People.Gender.NonBinary),
        Read = profile => EnumKey.OfOrNull(profile.GenderPreference),
        Write = (profile, key) => profile.GenderPreference = EnumKey.Parse<People.Gender>(key),
    };

    private static ChoiceOption[] StageOptions(OnboardingCopy copy, params Stage[] stages) =>
        [.. stages.Select(s => ChoiceOption.For(s, copy.StageLabel(s)))];

    private static ChoiceOption[] GenderOptions(OnboardingCopy copy, params People.Gender[] genders) =>
        [.. genders.Select(g => ChoiceOption.For(g, copy.GenderLabel(g)))];
}

using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Core.Onboarding;

/// <summary>Who the person is and where they are on their path: name, procedure, stage, age and gender.</summary>
internal static class AboutYouSteps
{
    public const int ProcedureMaxLength = 120;

    private static readonly string _procedureExamples =
        $" Your own words are fine — for example \"kidney transplant\", \"mastectomy\" or \"hip replacement\" (up to {ProcedureMaxLength} characters).\n";

    public static TextStep Name() => new()
    {
        Key = StepKeys.Name,
        Prompt =
            "What should we call you? A first name or nickname is perfect.\n"
            + "It's the only name the person you're matched with will see.",
        SummaryLabel = "Name",
        MaxLength = 40,
        KeepsDrafts = false,
        Read = profile => profile.DisplayName,
        Write = (profile, name) => profile.DisplayName = name,
        Check = name => ContactDetails.AreIn(name)
            ? "Just a first name or nickname, please — no links or contact details, to keep you safe."
            : null,
    };

    public static TextStep Procedure(Role role) => new()
    {
        Key = StepKeys.Procedure,
        Prompt = (role == Role.Mentee
                ? "What procedure are you facing or recovering from?"
                : "What procedure did you go through?")
            + _procedureExamples
            + "We use this to find someone whose procedure matches yours.",
        CaregiverPrompt = (role == Role.Mentee
                ? "What procedure is the person you support facing or recovering from?"
                : "What procedure did the person you supported go through?")
            + _procedureExamples
            + "We use this to find someone who supported a person through the same procedure.",
        SummaryLabel = "Procedure",
        MinLength = 2,
        MaxLength = ProcedureMaxLength,
        TooShort = _ => "Could you tell me a little more? A couple of words is plenty, like \"knee replacement\".",
        Read = profile => profile.ProcedureText,
        Display = profile => profile.ProcedureDisplay,
        Write = (profile, procedure) =>
        {
            profile.ProcedureText = procedure;
            profile.ProcedureDisplay = procedure is null ? null : ProcedureDisplay.Tidy(procedure);
        },
        Check = procedure =>
            !procedure.Any(char.IsLetter) ? "Could you describe it in words? For example \"kidney transplant\"."
            : ContactDetails.AreIn(procedure) ? AnswerMessages.English.NoContactDetails
            : null,
    };

    public static ChoiceStep MenteeStage() => new()
    {
        Key = StepKeys.Stage,
        Prompt = "Where are you right now? This helps us find someone who remembers that part well.",
        CaregiverPrompt = "Where is the person you support right now? This helps us find someone who remembers that part well.",
        SummaryLabel = "Where you are",
        Options =
        [
            ChoiceOption.For(Stage.Preparing, "Preparing for it"),
            ChoiceOption.For(Stage.InHospital, "In hospital now"),
            ChoiceOption.For(Stage.RecoveringFirstMonths, "Recovering (first 3 months)"),
            ChoiceOption.For(Stage.RecoveringLongTerm, "Longer-term recovery"),
        ],
        Read = profile => EnumKey.OfOrNull(profile.Stage),
        Write = (profile, key) => profile.Stage = EnumKey.Parse<Stage>(key),
    };

    public static ChoiceStep MentorStage() => new()
    {
        Key = StepKeys.Stage,
        Prompt = "How long ago was your procedure?",
        CaregiverPrompt = "How long ago did the person you supported have their procedure?",
        SummaryLabel = "How long ago",
        Options =
        [
            ChoiceOption.For(Stage.LessThanAYearAgo, "Less than a year ago"),
            ChoiceOption.For(Stage.OneToThreeYearsAgo, "1–3 years ago"),
            ChoiceOption.For(Stage.MoreThanThreeYearsAgo, "More than 3 years ago"),
        ],
        Read = profile => EnumKey.OfOrNull(profile.Stage),
        Write = (profile, key) => profile.Stage = EnumKey.Parse<Stage>(key),
    };

    public static ChoiceStep AgeRange() => new()
    {
        Key = StepKeys.AgeRange,
        Prompt = "Which age range are you in? Many people feel most at ease with someone near their age.",
        SummaryLabel = "Age",
        OptionsPerRow = 3,
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

    public static ChoiceStep Gender() => new()
    {
        Key = StepKeys.Gender,
        Prompt = "How do you describe your gender? This one is optional.",
        SummaryLabel = "Gender",
        SkipLabel = "Skip",
        OptionsPerRow = 2,
        Options =
        [
            ChoiceOption.For(People.Gender.Woman, "Woman"),
            ChoiceOption.For(People.Gender.Man, "Man"),
            ChoiceOption.For(People.Gender.NonBinary, "Non-binary"),
            ChoiceOption.For(People.Gender.PreferNotToSay, "Prefer not to say"),
        ],
        Read = profile => EnumKey.OfOrNull(profile.Gender),
        Write = (profile, key) => profile.Gender = EnumKey.Parse<People.Gender>(key),
    };

    public static ChoiceStep GenderPreference() => new()
    {
        Key = StepKeys.GenderPreference,
        Prompt = "Would you feel more comfortable with a mentor of a particular gender? We'll take it into account when we look for your match.",
        SummaryLabel = "Mentor's gender",
        SkipLabel = "No preference",
        Unanswered = "No preference",
        OptionsPerRow = 3,
        Options =
        [
            ChoiceOption.For(People.Gender.Woman, "Woman"),
            ChoiceOption.For(People.Gender.Man, "Man"),
            ChoiceOption.For(People.Gender.NonBinary, "Non-binary"),
        ],
        Read = profile => EnumKey.OfOrNull(profile.GenderPreference),
        Write = (profile, key) => profile.GenderPreference = EnumKey.Parse<People.Gender>(key),
    };
}

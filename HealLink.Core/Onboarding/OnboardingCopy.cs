using HealLink.Core.Languages;
using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// Everything the onboarding questions say, in English; each other language overrides every member
/// (<see cref="SpanishOnboardingCopy"/>). Steps are built from one copy (<see cref="OnboardingFlow"/>), so a question,
/// its buttons, its corrections and its summary line always speak the same language. Option keys and the labels
/// that are stored stay English (<see cref="OptionLists"/>).
/// </summary>
internal partial class OnboardingCopy
{
    public static OnboardingCopy English { get; } = new();

    public static OnboardingCopy Spanish { get; } = new SpanishOnboardingCopy();

    public static IReadOnlyList<OnboardingCopy> All { get; } = [English, Spanish];

    /// <summary>The copy in <paramref name="language"/>, or English for one we do not speak.</summary>
    public static OnboardingCopy For(Language language) => All.FirstOrDefault(c => c.Language == language) ?? English;

    public virtual Language Language => Language.English;

    /// <summary>The corrections every question shares.</summary>
    public virtual AnswerMessages Answers => AnswerMessages.English;

    public virtual DraftMessages Drafts => DraftMessages.English;

    // Moving through a question.
    public virtual string Back => "Back";

    public virtual string Skip => "Skip";

    public virtual string Done => "Done";

    public virtual string Keep => "Keep as is";

    /// <summary>How an unanswered question reads in the summary.</summary>
    public virtual string Unanswered => "—";

    /// <summary>The current answer, shown under a question someone comes back to.</summary>
    public virtual string RightNow(string current) => $"(Right now: {current})";

    public virtual string NothingTicked => "Nothing ticked yet — tap the ones that apply, then Done.";

    public virtual string SoFar(IEnumerable<string> ticked) =>
        $"So far: {string.Join(", ", ticked)}.\nTap more, or Done when that's everything.";

    public virtual string ChooseAtLeastOne => "Please choose at least one, then tap Done.";

    public virtual string TooManyOwnEntries(int max) => $"That's quite a list — could you add at most {max} of your own?";

    public virtual string OwnEntryTooLong(string entry, int maxLength) =>
        $"\"{entry}\" is a bit long — could you keep each one under {maxLength} characters?";

    public virtual string OwnEntryCharacters(string entry) =>
        $"\"{entry}\" has characters I can't use — letters, spaces and hyphens only, please.";

    // Consent and role.
    public virtual string Welcome =>
        "Hi, and welcome to HealLink.\n"
        + "We connect people facing a transplant or surgery with volunteers who have been through the same procedure.\n"
        + "We're peer support, not medical advice — in an emergency, please call your local emergency number.";

    public virtual string Declined =>
        "That's completely fine — we haven't kept any of your answers.\n"
        + "If you change your mind, send /start anytime. Take care.";

    public virtual string ConsentPrompt =>
        "Before we start: we'll ask a few short questions and keep your answers to find you a good match.\n"
        + "Your match sees your first name and what you share about your journey — never your contact details.\n"
        + "You can see everything we hold with /export, or delete it all with /delete, at any time. HealLink is for adults (18+).\n"
        + "Is that okay with you?";

    public virtual string Agree => "I agree";

    public virtual string NotNow => "Not now";

    public virtual string RolePrompt => "Thank you. Which of these fits you?";

    public virtual string RoleSummaryLabel => "Here to";

    /// <param name="key">One of <see cref="RoleChoices"/>' keys.</param>
    public virtual string RoleLabel(string key) => key switch
    {
        RoleChoices.Mentee => "I'm preparing for or recovering from a procedure",
        RoleChoices.CaregiverMentee => "I'm supporting someone who faces one",
        RoleChoices.Mentor => "I've been through one and want to help",
        RoleChoices.CaregiverMentor => "I supported someone through one and want to help",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a role choice."),
    };

    public virtual string RoleSummary(string key) => key switch
    {
        RoleChoices.Mentee => "Find a mentor",
        RoleChoices.CaregiverMentee => "Find a mentor, as a caregiver",
        RoleChoices.Mentor => "Help as a mentor",
        RoleChoices.CaregiverMentor => "Help as a caregiver mentor",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a role choice."),
    };

    // About you.
    public virtual string NamePrompt =>
        "What should we call you? A first name or nickname is perfect.\n"
        + "It's the only name the person you're matched with will see.";

    public virtual string NameSummaryLabel => "Name";

    public virtual string NameHasContactDetails =>
        "Just a first name or nickname, please — no links or contact details, to keep you safe.";

    public virtual string ProcedurePrompt(Role role) =>
        (role == Role.Mentee ? "What procedure are you facing or recovering from?" : "What procedure did you go through?")
        + ProcedureExamples
        + "We use this to find someone whose procedure matches yours.";

    public virtual string ProcedureCaregiverPrompt(Role role) =>
        (role == Role.Mentee
            ? "What procedure is the person you support facing or recovering from?"
            : "What procedure did the person you supported go through?")
        + ProcedureExamples
        + "We use this to find someone who supported a person through the same procedure.";

    public virtual string ProcedureSummaryLabel => "Procedure";

    public virtual string ProcedureTooShort => "Could you tell me a little more? A couple of words is plenty, like \"knee replacement\".";

    public virtual string ProcedureNeedsWords => "Could you describe it in words? For example \"kidney transplant\".";

    public virtual string MenteeStagePrompt => "Where are you right now? This helps us find someone who remembers that part well.";

    public virtual string MenteeStageCaregiverPrompt =>
        "Where is the person you support right now? This helps us find someone who remembers that part well.";

    public virtual string MenteeStageSummaryLabel => "Where you are";

    public virtual string MentorStagePrompt => "How long ago was your procedure?";

    public virtual string MentorStageCaregiverPrompt => "How long ago did the person you supported have their procedure?";

    public virtual string MentorStageSummaryLabel => "How long ago";

    public virtual string StageLabel(Stage stage) => stage switch
    {
        Stage.Preparing => "Preparing for it",
        Stage.InHospital => "In hospital now",
        Stage.RecoveringFirstMonths => "Recovering (first 3 months)",
        Stage.RecoveringLongTerm => "Longer-term recovery",
        Stage.LessThanAYearAgo => "Less than a year ago",
        Stage.OneToThreeYearsAgo => "1–3 years ago",
        Stage.MoreThanThreeYearsAgo => "More than 3 years ago",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public virtual string AgeRangePrompt => "Which age range are you in? Many people feel most at ease with someone near their age.";

    public virtual string AgeRangeSummaryLabel => "Age";

    public virtual string GenderPrompt => "How do you describe your gender? This one is optional.";

    public virtual string GenderSummaryLabel => "Gender";

    public virtual string GenderLabel(Gender gender) => gender switch
    {
        Gender.Woman => "Woman",
        Gender.Man => "Man",
        Gender.NonBinary => "Non-binary",
        Gender.PreferNotToSay => "Prefer not to say",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, null),
    };

    public virtual string GenderPreferencePrompt =>
        "Would you feel more comfortable with a mentor of a particular gender? We'll take it into account when we look for your match.";

    public virtual string GenderPreferenceSummaryLabel => "Mentor's gender";

    public virtual string NoPreference => "No preference";

    /// <summary>Which limits a procedure answer has, said with the question.</summary>
    protected virtual string ProcedureExamples =>
        " Your own words are fine — for example \"kidney transplant\", \"mastectomy\" or \"hip replacement\""
        + $" (up to {AboutYouSteps.ProcedureMaxLength} characters).\n";
}

using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>The two questions everyone answers first: consent, then which side of HealLink they are on.</summary>
internal static class ConsentSteps
{
    /// <summary>In English, as tests quote it.</summary>
    public static ChoiceStep Consent() => Consent(OnboardingCopy.English);

    public static ChoiceStep Consent(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Consent,
        Copy = copy,
        Prompt = copy.ConsentPrompt,
        OffersBack = false,
        Editable = false,
        OptionsPerRow = 2,
        Options =
        [
            new("agree", copy.Agree) { Then = Transition.GiveConsent },
            new("decline", copy.NotNow) { Then = Transition.Decline },
        ],
    };

    public static ChoiceStep ChooseRole(OnboardingCopy copy) => new()
    {
        Key = StepKeys.Role,
        Copy = copy,
        Prompt = copy.RolePrompt,
        SummaryLabel = copy.RoleSummaryLabel,
        Editable = false,
        Options = RoleChoices.Options(copy),
        Read = RoleChoices.KeyOf,
        Write = (profile, key) =>
        {
            var chosen = RoleChoices.Parse(key);
            var role = chosen?.Role;
            var kind = chosen?.Kind ?? RoleKind.Patient;
            if (role != profile.Role || kind != profile.RoleKind)
            {
                ForgetRoleSpecificAnswers(profile);
            }

            profile.Role = role;
            profile.RoleKind = kind;
        },
    };

    /// <summary>Withdrawn consent: nothing they told us is kept.</summary>
    public static void ForgetAnswers(Profile profile)
    {
        ForgetRoleSpecificAnswers(profile);
        profile.ConsentedAt = null;
        profile.Role = null;
        profile.RoleKind = RoleKind.Patient;
        profile.DisplayName = null;
        profile.ProcedureText = null;
        profile.ProcedureDisplay = null;
        profile.AgeRange = null;
        profile.Gender = null;
        profile.Languages = [];
        profile.Hospital = null;
        profile.Interests = [];
        profile.Intro = null;
    }

    /// <summary>
    /// Answers that only make sense for the other role, plus the stage (its options differ by role, and a caregiver's
    /// is their person's). Cleared when someone goes back and changes their role, so a mentee never carries mentor
    /// topics or the reverse.
    /// </summary>
    private static void ForgetRoleSpecificAnswers(Profile profile)
    {
        profile.Stage = null;
        profile.GenderPreference = null;
        profile.HelpTopics = [];
        profile.Capacity = Profile.DefaultCapacity;
        profile.Availability = null;
    }
}

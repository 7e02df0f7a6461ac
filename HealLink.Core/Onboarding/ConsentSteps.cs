using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>The two questions everyone answers first: consent, then which side of HealLink they are on.</summary>
internal static class ConsentSteps
{
    /// <summary>Sent just before the consent question to someone new.</summary>
    public const string Welcome =
        "Hi, and welcome to HealLink.\n"
        + "We connect people facing a transplant or surgery with volunteers who have been through the same procedure.\n"
        + "We're peer support, not medical advice — in an emergency, please call your local emergency number.";

    /// <summary>Sent when someone answers "Not now".</summary>
    public const string Declined =
        "That's completely fine — we haven't kept any of your answers.\n"
        + "If you change your mind, send /start anytime. Take care.";

    public static ChoiceStep Consent() => new()
    {
        Key = StepKeys.Consent,
        Prompt =
            "Before we start: we'll ask a few short questions and keep your answers to find you a good match.\n"
            + "Your match sees your first name and what you share about your journey — never your contact details.\n"
            + "You can see everything we hold with /export, or delete it all with /delete, at any time. HealLink is for adults (18+).\n"
            + "Is that okay with you?",
        OffersBack = false,
        Editable = false,
        OptionsPerRow = 2,
        Options =
        [
            new("agree", "I agree") { Then = Transition.GiveConsent },
            new("decline", "Not now") { Then = Transition.Decline },
        ],
    };

    public static ChoiceStep ChooseRole() => new()
    {
        Key = StepKeys.Role,
        Prompt = "Thank you. Which of these fits you?",
        SummaryLabel = "Here to",
        Editable = false,
        Options = RoleChoices.Options,
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

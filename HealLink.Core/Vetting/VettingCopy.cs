namespace HealLink.Core.Vetting;

/// <summary>What the bot tells a mentor about a coordinator's decision.</summary>
internal class VettingCopy
{
    public static VettingCopy English { get; } = new();

    public virtual string Approved =>
        "Good news — a coordinator has approved your mentor profile. Thank you for offering your time. "
        + "Mentees who fit can now ask to talk with you, and I'll message you here when one does.";

    public virtual string Reinstated =>
        "Your mentor profile is active again — mentees who fit can ask to talk with you. Thank you for being here.";

    public virtual string Rejected(string reason) =>
        "Thank you for offering to help. A coordinator has reviewed your profile and can't approve it as a mentor at this time.\n"
        + $"Their note: {reason}\nYou can change your answers with /edit, and reply /help if you have questions.";

    public virtual string Suspended(string reason) =>
        "A coordinator has paused your mentor profile, so no new mentees will be matched with you for now.\n"
        + $"Their note: {reason}";
}

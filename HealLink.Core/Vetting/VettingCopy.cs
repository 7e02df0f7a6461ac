namespace HealLink.Core.Vetting;

/// <summary>What the bot tells someone about a coordinator's decision, or in a coordinator's name.</summary>
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

    public virtual string AccountReinstated =>
        "Your account is active again — you can send messages and be matched as before. Thank you for your patience.";

    public virtual string AccountSuspended(string? note) =>
        "A coordinator has paused your account for now, so messages can't be passed on and no matches are made."
        + (note is null ? "" : $"\nTheir note: {note}")
        + "\nIf you think this is a mistake, please reply /help. If you're in danger, call your local emergency number.";

    // Honest about the channel: nothing they reply reaches a person, so the safety net is named again.
    public virtual string CoordinatorNote(string message) =>
        $"A message from a HealLink coordinator:\n{message}\n\n"
        + "Replies here reach the bot, not the coordinator. If you're in danger, please call your local emergency number "
        + "or a crisis line — they're open day and night.";

    // Names the behaviour expected rather than what they did: the report's details stay with coordinators.
    public virtual string CoordinatorWarning(string message) =>
        "A HealLink coordinator has looked at a report about one of your conversations.\n"
        + $"Their note: {message}\n\n"
        + "HealLink is for kind, respectful peer support: please don't pressure anyone, ask for contact details or give "
        + "medical advice. If it happens again, your account may be paused.";
}

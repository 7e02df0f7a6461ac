namespace HealLink.Core.Safety.Casework;

/// <summary>What people read when a coordinator acts on a crisis flag or report, and why an action cannot be taken.</summary>
internal static class CaseworkCopy
{
    // Honest about the channel: nothing they reply reaches a person, so the safety net is named again.
    public static string ContactNote(string message) =>
        $"A message from a HealLink coordinator:\n{message}\n\n"
        + "Replies here reach the bot, not the coordinator. If you're in danger, please call your local emergency number "
        + "or a crisis line — they're open day and night.";

    // Names the behaviour expected rather than what they did: the report's details stay with coordinators.
    public static string Warning(string message) =>
        "A HealLink coordinator has looked at a report about one of your conversations.\n"
        + $"Their note: {message}\n\n"
        + "HealLink is for kind, respectful peer support: please don't pressure anyone, ask for contact details or give "
        + "medical advice. If it happens again, your account may be paused.";

    public const string NoOneToWarn = "Only a reported person can be warned; a crisis flag has no one to warn.";

    public const string NoReporter = "A crisis flag has no reporter to contact.";

    public const string Unreachable = "They can't be reached: every chat account they used has blocked the bot or is gone.";

    public const string NoConversation = "This case did not arise in a conversation, so there is none to end.";

    public const string ConversationNotOpen = "That conversation is not open any more.";

    public const string AlreadySuspended = "They are already suspended.";
}

namespace HealLink.Core.Safety.Casework;

/// <summary>Why a coordinator's action on a crisis flag or report cannot be taken, as the panel says it.</summary>
internal static class CaseworkCopy
{
    public const string NoOneToWarn = "Only a reported person can be warned; a crisis flag has no one to warn.";

    public const string NoReporter = "A crisis flag has no reporter to contact.";

    public const string Unreachable = "They can't be reached: every chat account they used has blocked the bot or is gone.";

    public const string NoConversation = "This case did not arise in a conversation, so there is none to end.";

    public const string ConversationNotOpen = "That conversation is not open any more.";

    public const string AlreadySuspended = "They are already suspended.";
}

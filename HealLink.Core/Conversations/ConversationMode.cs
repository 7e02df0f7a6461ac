namespace HealLink.Core.Conversations;

public enum ConversationMode
{
    /// <summary>Answering the onboarding questions.</summary>
    Onboarding,

    /// <summary>Onboarding stopped with /cancel; /start picks it up at the same question.</summary>
    Paused,

    /// <summary>Changing one answer of a finished profile (/edit).</summary>
    Editing,

    /// <summary>Profile finished, no question pending.</summary>
    Idle,

    /// <summary>Just rated a connection that ended; what they type next is an optional comment on it.</summary>
    Commenting,
}

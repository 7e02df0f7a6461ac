using HealLink.Core.Onboarding;

namespace HealLink.Core.Conversations;

/// <summary>
/// Changing one answer (Mode = Editing): the edit menu, the chosen question asked again with the usual checks,
/// then the summary. From a finished profile (/edit) it ends idle; from the summary of an unfinished one
/// ("Edit something") it ends back at that summary.
/// </summary>
internal static class ProfileEditing
{
    /// <summary>Shows the edit menu; false when there is no role yet, so nothing can be edited.</summary>
    public static bool OpenMenu(Turn turn)
    {
        if (turn.Profile.Role is not { } role)
        {
            return false;
        }

        Questions.Ask(turn, turn.Flow.EditMenu(role), ConversationMode.Editing);
        return true;
    }

    /// <summary>Asks the chosen question again; false when the key is not an answer that can be changed.</summary>
    public static bool AskAgain(Turn turn, string? stepKey)
    {
        if (turn.Profile.Role is not { } role || turn.Flow.FindEditable(role, stepKey) is not { } step)
        {
            return false;
        }

        Questions.Ask(turn, step, ConversationMode.Editing, showCurrent: true);
        return true;
    }

    /// <summary>Back from a question goes to the menu; back from the menu leaves editing.</summary>
    public static void Back(Turn turn)
    {
        if (turn.State.StepKey == StepKeys.EditMenu)
        {
            Leave(turn, turn.Copy.Conversation.NothingChanged);
        }
        else
        {
            OpenMenu(turn);
        }
    }

    /// <summary>The answer is saved (or kept): show the result.</summary>
    public static void Finish(Turn turn, bool changed)
    {
        if (turn.IsFinished)
        {
            Questions.BecomeIdle(turn);
            var summary = turn.Flow.Summarise(turn.Profile);
            turn.Say(changed ? turn.Copy.Conversation.ProfileSaved(summary) : turn.Copy.Conversation.NothingChanged);
        }
        else
        {
            BackToSummary(turn);
        }
    }

    /// <summary>/cancel: nothing changes. An unfinished profile pauses at its summary, like any onboarding.</summary>
    public static void Cancel(Turn turn)
    {
        if (turn.IsFinished)
        {
            Leave(turn, turn.Copy.Conversation.NothingChanged);
            return;
        }

        turn.State.Mode = ConversationMode.Paused;
        turn.State.StepKey = StepKeys.Summary;
        turn.State.PendingSelection = [];
        turn.StateChanged();
        turn.Say(turn.Copy.Conversation.PausedNow);
    }

    private static void Leave(Turn turn, string message)
    {
        turn.Say(message);
        if (turn.IsFinished)
        {
            Questions.BecomeIdle(turn);
        }
        else
        {
            BackToSummary(turn);
        }
    }

    private static void BackToSummary(Turn turn)
    {
        if (turn.Profile.Role is { } role)
        {
            Questions.Ask(turn, turn.Flow.Summary(role), ConversationMode.Onboarding);
        }
        else
        {
            Questions.Ask(turn, turn.Flow.First, ConversationMode.Onboarding);
        }
    }
}

using HealLink.Core.Onboarding;

namespace HealLink.Core.Conversations;

/// <summary>
/// Changing one answer (Mode = Editing): the edit menu, the chosen question asked again with the usual checks,
/// then the summary. From a finished profile (/edit) it ends idle; from the summary of an unfinished one
/// ("Edit something") it ends back at that summary.
/// </summary>
internal sealed class ProfileEditing(OnboardingFlow flow)
{
    /// <summary>Shows the edit menu; false when there is no role yet, so nothing can be edited.</summary>
    public bool OpenMenu(Turn turn)
    {
        if (turn.Profile.Role is not { } role)
        {
            return false;
        }

        Questions.Ask(turn, flow.EditMenu(role), ConversationMode.Editing);
        return true;
    }

    /// <summary>Asks the chosen question again; false when the key is not an answer that can be changed.</summary>
    public bool AskAgain(Turn turn, string? stepKey)
    {
        if (turn.Profile.Role is not { } role || flow.FindEditable(role, stepKey) is not { } step)
        {
            return false;
        }

        Questions.Ask(turn, step, ConversationMode.Editing, showCurrent: true);
        return true;
    }

    /// <summary>Back from a question goes to the menu; back from the menu leaves editing.</summary>
    public void Back(Turn turn)
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
    public void Finish(Turn turn, bool changed)
    {
        if (turn.IsFinished)
        {
            Questions.BecomeIdle(turn);
            var summary = flow.Summarise(turn.Profile);
            turn.Say(changed ? turn.Copy.Conversation.ProfileSaved(summary) : turn.Copy.Conversation.NothingChanged);
        }
        else
        {
            BackToSummary(turn);
        }
    }

    /// <summary>/cancel: nothing changes. An unfinished profile pauses at its summary, like any onboarding.</summary>
    public void Cancel(Turn turn)
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

    private void Leave(Turn turn, string message)
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

    private void BackToSummary(Turn turn)
    {
        if (turn.Profile.Role is { } role)
        {
            Questions.Ask(turn, flow.Summary(role), ConversationMode.Onboarding);
        }
        else
        {
            Questions.Ask(turn, flow.First, ConversationMode.Onboarding);
        }
    }
}

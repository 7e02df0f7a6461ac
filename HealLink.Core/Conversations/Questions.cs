using HealLink.Core.Onboarding;

namespace HealLink.Core.Conversations;

/// <summary>
/// Asking a question: every question asked bumps <see cref="ConversationState.Version"/> and stamps it into its
/// buttons, so a press on an older keyboard is recognised as stale. Showing the same question again (after a
/// mistake, a tick, /help) keeps the version, so nothing changes and its earlier keyboard still works.
/// </summary>
internal static class Questions
{
    public static void Ask(Turn turn, OnboardingStep step, ConversationMode mode, bool showCurrent = false)
    {
        var state = turn.State;
        state.Mode = mode;
        state.StepKey = step.Key;
        state.Version++;
        state.PendingSelection = [];
        turn.StateChanged();
        turn.Say(QuestionRenderer.Render(
            step, turn.Profile, state.PendingSelection, state.Version, showCurrent || mode == ConversationMode.Editing,
            AnswerDrafts.For(state, step)));
    }

    public static void Reask(Turn turn, OnboardingStep step) =>
        turn.Say(QuestionRenderer.Render(
            step, turn.Profile, turn.State.PendingSelection, turn.State.Version, turn.State.Mode == ConversationMode.Editing,
            AnswerDrafts.For(turn.State, step)));

    /// <summary>No question open: the profile is finished and nothing is being changed. A draft left unused goes.</summary>
    public static void BecomeIdle(Turn turn)
    {
        turn.State.Mode = ConversationMode.Idle;
        turn.State.StepKey = null;
        turn.State.PendingSelection = [];
        AnswerDrafts.Drop(turn.State);
        turn.StateChanged();
    }
}

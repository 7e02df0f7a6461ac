using System.Globalization;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Conversations;

/// <summary>
/// An answer past its question's limit, kept in the person's state rather than thrown away. It waits while they move
/// back and forth, pause or restart, and is dropped once that question is answered, or when they leave the questions.
/// </summary>
internal static class AnswerDrafts
{
    /// <summary>Telegram's limit on one message: only the console can send more, and more is no longer an answer.</summary>
    private const int MaxKept = 4096;

    /// <summary>The draft held for this question, or null.</summary>
    public static string? For(ConversationState state, OnboardingStep step) =>
        step is TextStep { KeepsDrafts: true } && state.DraftStepKey == step.Key ? state.DraftAnswer : null;

    /// <summary>
    /// Keeps the draft and offers its first part. A new keyboard, so the version moves on: a press on an earlier
    /// offer can never use this draft's first part.
    /// </summary>
    public static void Keep(Turn turn, TextStep step, string draft)
    {
        var info = new StringInfo(draft);
        var state = turn.State;
        state.DraftStepKey = step.Key;
        state.DraftAnswer = info.LengthInTextElements > MaxKept ? info.SubstringByTextElements(0, MaxKept) : draft;
        state.Version++;
        turn.StateChanged();
        turn.Say(QuestionRenderer.RenderDraftOffer(step, turn.Profile, state.DraftAnswer, state.Version));
    }

    public static void Drop(ConversationState state)
    {
        state.DraftStepKey = null;
        state.DraftAnswer = null;
    }
}

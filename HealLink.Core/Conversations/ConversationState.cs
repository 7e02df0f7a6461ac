namespace HealLink.Core.Conversations;

/// <summary>
/// Where a person is in their conversation with the bot. Saved in the same transaction as every answer, so a
/// restart resumes at the same question.
/// </summary>
public sealed class ConversationState
{
    public long PersonId { get; set; }

    public ConversationMode Mode { get; set; }

    /// <summary>The question currently asked (an onboarding step key), if any.</summary>
    public string? StepKey { get; set; }

    /// <summary>
    /// Bumped every time a question is asked and stamped into its buttons, so a press on an older keyboard is
    /// recognised as stale. Also the optimistic concurrency token for this row.
    /// </summary>
    public int Version { get; set; }

    /// <summary>Choices ticked so far on a multi-choice question, before the person taps Done.</summary>
    public List<string> PendingSelection { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The conversation what they type goes to, when they have more than one (/switch chooses it).</summary>
    public long? CurrentConnectionId { get; set; }

    /// <summary>
    /// Messages written when it was not clear which conversation they were for, in order, as JSON: kept until the
    /// person chooses, so none is lost (see <c>HeldMessages</c>).
    /// </summary>
    public string? HeldMessages { get; set; }

    /// <summary>The question a draft answer was written for (a step key); null when no draft is held.</summary>
    public string? DraftStepKey { get; set; }

    /// <summary>
    /// An answer past its question's limit, in the person's words, kept until they keep its first part or answer that
    /// question another way (see <c>AnswerDrafts</c>).
    /// </summary>
    public string? DraftAnswer { get; set; }

    /// <summary>
    /// Their sending pace: the time their messages would be back to an even pace (see
    /// <see cref="Pipeline.Pacing.SendingPace"/>); null before their first message.
    /// </summary>
    public DateTimeOffset? PacedUntil { get; set; }
}

using HealLink.Core.Connections;
using HealLink.Core.Connections.Timing;
using HealLink.Core.Conversations;
using HealLink.Core.Matching;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.Onboarding;
using HealLink.Core.Pipeline.Pacing;
using HealLink.Core.Vetting;

namespace HealLink.Core.Languages;

/// <summary>
/// Everything the bot says, in one language: each feature's copy, written in English first (the base classes) and
/// overridden member by member in each other language. A test checks that every language overrides every member.
/// </summary>
internal sealed record CopyTable(
    Language Language,
    ConversationCopy Conversation,
    OnboardingCopy Onboarding,
    AnswerMessages Answers,
    DraftMessages Drafts,
    MatchingCopy Matching,
    MatchReasons Reasons,
    WaitingCopy Waiting,
    ConnectionCopy Connections,
    CheckInCopy CheckIns,
    VettingCopy Vetting,
    PacingCopy Pacing)
{
    public static CopyTable English { get; } = new(
        Language.English,
        ConversationCopy.English,
        OnboardingCopy.English,
        AnswerMessages.English,
        DraftMessages.English,
        MatchingCopy.English,
        MatchReasons.English,
        WaitingCopy.English,
        ConnectionCopy.English,
        CheckInCopy.English,
        VettingCopy.English,
        PacingCopy.English);

    public static CopyTable Spanish { get; } = new(
        Language.Spanish,
        new SpanishConversationCopy(),
        OnboardingCopy.Spanish,
        new SpanishAnswerMessages(),
        new SpanishDraftMessages(),
        new SpanishMatchingCopy(),
        new SpanishMatchReasons(),
        new SpanishWaitingCopy(),
        new SpanishConnectionCopy(),
        new SpanishCheckInCopy(),
        new SpanishVettingCopy(),
        new SpanishPacingCopy());

    public static IReadOnlyList<CopyTable> All { get; } = [English, Spanish];

    public static CopyTable For(Language language) => All.FirstOrDefault(t => t.Language == language) ?? English;
}

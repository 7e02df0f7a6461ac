namespace HealLink.Core.Onboarding;

/// <summary>The Spanish column of <see cref="DraftMessages"/>.</summary>
internal sealed class SpanishDraftMessages : DraftMessages
{
}

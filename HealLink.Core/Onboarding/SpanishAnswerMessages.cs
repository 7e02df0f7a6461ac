namespace HealLink.Core.Onboarding;

/// <summary>The Spanish column of <see cref="AnswerMessages"/>.</summary>
internal sealed class SpanishAnswerMessages : AnswerMessages
{
}

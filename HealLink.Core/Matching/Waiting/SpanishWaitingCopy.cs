namespace HealLink.Core.Matching.Waiting;

/// <summary>The Spanish column of <see cref="WaitingCopy"/>.</summary>
internal sealed class SpanishWaitingCopy : WaitingCopy
{
}

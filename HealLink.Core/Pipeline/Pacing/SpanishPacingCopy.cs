namespace HealLink.Core.Pipeline.Pacing;

/// <summary>The Spanish column of <see cref="PacingCopy"/>.</summary>
public sealed class SpanishPacingCopy : PacingCopy
{
}

namespace HealLink.Core.Matching.Flow;

/// <summary>The Spanish column of <see cref="MatchingCopy"/>.</summary>
internal sealed class SpanishMatchingCopy : MatchingCopy
{
}

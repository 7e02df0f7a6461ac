namespace HealLink.Core.Vetting;

/// <summary>The Spanish column of <see cref="VettingCopy"/>.</summary>
internal sealed class SpanishVettingCopy : VettingCopy
{
}

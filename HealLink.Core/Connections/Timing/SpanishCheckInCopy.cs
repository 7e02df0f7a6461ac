namespace HealLink.Core.Connections.Timing;

/// <summary>The Spanish column of <see cref="CheckInCopy"/>.</summary>
internal sealed class SpanishCheckInCopy : CheckInCopy
{
}

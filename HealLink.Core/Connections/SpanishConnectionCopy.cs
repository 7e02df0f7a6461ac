namespace HealLink.Core.Connections;

/// <summary>The Spanish column of <see cref="ConnectionCopy"/>.</summary>
internal sealed class SpanishConnectionCopy : ConnectionCopy
{
}

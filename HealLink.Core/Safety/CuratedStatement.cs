namespace HealLink.Core.Safety;

/// <summary>One hand-written sentence the semantic crisis path compares messages with, and its language ("en", "es").</summary>
internal sealed record CuratedStatement(string Language, string Text);

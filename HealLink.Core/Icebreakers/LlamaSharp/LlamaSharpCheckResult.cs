namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>What <see cref="LlamaSharpStartupCheck"/> found.</summary>
/// <param name="Usable">False when icebreakers will come from the template.</param>
/// <param name="Line">What to print, once.</param>
public sealed record LlamaSharpCheckResult(bool Usable, string Line);

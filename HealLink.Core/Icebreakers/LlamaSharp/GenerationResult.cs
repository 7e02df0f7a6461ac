namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>What one generation produced: the sampled token ids (what determinism is judged on) and their text.</summary>
public sealed record GenerationResult(IReadOnlyList<int> Tokens, string Text, int PromptTokens, bool ReachedTokenLimit);

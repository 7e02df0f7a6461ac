namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// What one generation produced: the sampled token ids (what determinism is judged on), their text, and how long
/// reading the prompt and generating took (for throughput figures; the model's load is not in either).
/// </summary>
public sealed record GenerationResult(
    IReadOnlyList<int> Tokens,
    string Text,
    int PromptTokens,
    bool ReachedTokenLimit,
    TimeSpan PromptTime,
    TimeSpan GenerationTime);

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>One generation's settings, already resolved from the call's chat options and <see cref="LlmOptions"/>.</summary>
internal sealed record GenerationRequest(
    string Prompt,
    int MaxTokens,
    float Temperature,
    uint Seed,
    float? TopP,
    int? TopK,
    IReadOnlyList<string> StopSequences);

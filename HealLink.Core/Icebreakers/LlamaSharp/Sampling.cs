using LLama.Sampling;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>LLamaSharp's default sampler chain with our settings: the same seed and settings give the same tokens.</summary>
internal static class Sampling
{
    public static DefaultSamplingPipeline Pipeline(GenerationRequest request)
    {
        // TopP and TopK are init-only: LLamaSharp's own defaults are read from a fresh pipeline for the unset ones.
        using var defaults = new DefaultSamplingPipeline();
        return new DefaultSamplingPipeline
        {
            Seed = request.Seed,
            Temperature = request.Temperature,
            TopP = request.TopP ?? defaults.TopP,
            TopK = request.TopK ?? defaults.TopK,
        };
    }
}

using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Matching.Embeddings.Onnx;

public sealed record OnnxSessionOptions
{
    /// <summary>
    /// Threads one run may use. On our 2-core machines 1 gave the steadiest latency: requests already run side by
    /// side, and more threads per run only fight them for the cores.
    /// </summary>
    [Range(1, 64)]
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>Off: spinning threads burn a core between runs for a small gain in latency we do not need.</summary>
    public bool AllowSpinning { get; init; }
}

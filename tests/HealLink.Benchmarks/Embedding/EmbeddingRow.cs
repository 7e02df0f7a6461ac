using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Embedding;

/// <summary>One measured configuration: how many intra-op threads, how many intros a run, and the runs' latencies.</summary>
internal sealed record EmbeddingRow(int Threads, int IntrosPerRun, LatencySummary Latency)
{
    public double PerIntroP50 => Latency.P50 / IntrosPerRun;
}

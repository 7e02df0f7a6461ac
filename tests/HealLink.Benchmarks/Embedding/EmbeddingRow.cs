using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Embedding;

/// <summary>One measured configuration: which model and binding, how many intra-op threads and intros a run, the latencies.</summary>
internal sealed record EmbeddingRow(string Model, string Binding, int Threads, int IntrosPerRun, LatencySummary Latency)
{
    public double PerIntroP50 => Latency.P50 / IntrosPerRun;
}

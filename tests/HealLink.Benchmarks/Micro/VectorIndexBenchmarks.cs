using BenchmarkDotNet.Attributes;
using HealLink.Core.Matching.Index;

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// Filtered top-10 over mentors' 384-dimension vectors: the <see cref="VectorIndex"/> against a plain scalar loop
/// over the same vectors, in the same run. Both are exact; their recall@10 agreement is checked by a test.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class VectorIndexBenchmarks : IDisposable
{
    private const int Dimensions = 384;
    private const int K = 10;

    private MentorVectors? _data;
    private int _nextQuery;

    public enum SearchFilter
    {
        None,
        TenPercentPredicate,
        OnePercentCandidates,
    }

    [Params(10_000, 100_000, 1_000_000)]
    public int Mentors { get; set; }

    [ParamsAllValues]
    public SearchFilter Filter { get; set; }

    // A million mentors take a few seconds to make; each benchmark process makes them once.
    [GlobalSetup]
    public void SetUp() => _data = new MentorVectors(Mentors, Dimensions);

    [GlobalCleanup]
    public void Dispose()
    {
        _data?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "scalar loop")]
    public int ScalarLoop()
    {
        var allowed = Filter switch
        {
            SearchFilter.TenPercentPredicate => _data!.TenPercent,
            SearchFilter.OnePercentCandidates => _data!.OnePercent.Contains,
            _ => null,
        };
        return ScalarTopK.Search(_data!, NextQuery(), K, allowed).Length;
    }

    [Benchmark(Description = "VectorIndex.TopK")]
    public int IndexTopK() => (Filter switch
    {
        SearchFilter.TenPercentPredicate => _data!.Index.TopK(NextQuery(), K, _data.TenPercent),
        SearchFilter.OnePercentCandidates => _data!.Index.TopK(NextQuery(), K, _data.OnePercent),
        _ => _data!.Index.TopK(NextQuery(), K),
    }).Count;

    // The same queries in the same order for both methods, so neither meets an easier one.
    private float[] NextQuery() => _data!.Queries[_nextQuery++ % _data.Queries.Length];
}

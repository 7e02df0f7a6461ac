using System.Diagnostics;

namespace HealLink.Core.Tests.Matching.Index;

public sealed class VectorIndexConcurrencyTests
{
    private const int Dimensions = 32;
    private const int K = 20;
    private const int Readers = 3;
    private const int SearchesEach = 10;
    private static readonly TimeSpan _atLeast = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan _atMost = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Searches run while one writer removes ids for good, removes and re-adds others, and swaps others between
    /// two vectors. No search may fail, return an id removed before it started, or pair an id with a score that
    /// none of its vectors gives (which a search reading a half-moved slot would). It runs for a second and then
    /// until the writer has removed all it removes for good and every reader has searched a few times, however
    /// slowly a loaded machine runs its threads.
    /// </summary>
    [Fact]
    public async Task TopK_WhileWriting_NeverFailsNorReturnsRemovedIds()
    {
        var random = new Random(29);
        var sample = UnitVectorSample.Create(random, 6_000, Dimensions);
        using var sut = sample.BuildIndex();
        var ids = sample.Ids.ToArray();
        var removedForGood = ids[..1_000];
        var churned = ids[1_000..2_000];
        var swapped = ids[2_000..3_000];
        var alternates = swapped.ToDictionary(id => id, _ => UnitVectorSample.Vector(random, Dimensions));
        var candidates = ids.Where((_, i) => i % 50 == 0).ToHashSet();
        var queries = Enumerable.Range(0, 16).Select(_ => UnitVectorSample.Vector(random, Dimensions)).ToArray();
        var removedCount = 0;
        var searchCounts = new int[Readers];
        using var stop = new CancellationTokenSource(_atMost);

        // Own threads rather than the pool's: with two cores and other tests running, pool tasks may start late.
        var writer = Task.Factory.StartNew(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                if (i < removedForGood.Length)
                {
                    Assert.True(sut.Remove(removedForGood[i]));
                    Volatile.Write(ref removedCount, i + 1);
                }

                var churn = churned[i % churned.Length];
                sut.Remove(churn);
                sut.Upsert(churn, sample.Vectors[churn]);
                var swap = swapped[i % swapped.Length];
                sut.Upsert(swap, (i / swapped.Length) % 2 == 0 ? alternates[swap] : sample.Vectors[swap]);
            }
        }, TaskCreationOptions.LongRunning);

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Factory.StartNew(() =>
        {
            var searches = 0;
            for (; !stop.IsCancellationRequested; searches++)
            {
                var gone = removedForGood.AsSpan(0, Volatile.Read(ref removedCount)).ToArray().ToHashSet();
                var query = queries[searches % queries.Length];
                var results = (searches % 3) switch
                {
                    0 => sut.TopK(query, K),
                    1 => sut.TopK(query, K, id => id % 2 == 0),
                    _ => sut.TopK(query, K, candidates),
                };

                Assert.NotEmpty(results);
                foreach (var match in results)
                {
                    Assert.DoesNotContain(match.Id, gone);
                    Assert.True(
                        Math.Abs(BruteForce.Dot(query, sample.Vectors[match.Id]) - match.Score) <= BruteForce.NearTie
                        || (alternates.TryGetValue(match.Id, out var other) && Math.Abs(BruteForce.Dot(query, other) - match.Score) <= BruteForce.NearTie),
                        $"{match} matches none of its vectors");
                }

                Volatile.Write(ref searchCounts[r], searches + 1);
            }

            return searches;
        }, TaskCreationOptions.LongRunning)).ToArray();

        var running = Stopwatch.StartNew();
        // A thread that failed ends the run at once, so its assertion is reported without waiting out the cap.
        while (!stop.IsCancellationRequested && !writer.IsCompleted && !readers.Any(r => r.IsCompleted)
            && (running.Elapsed < _atLeast || Volatile.Read(ref removedCount) < removedForGood.Length || Enumerable.Range(0, Readers).Any(r => Volatile.Read(ref searchCounts[r]) < SearchesEach)))
        {
            await Task.Delay(10, CancellationToken.None);
        }

        await stop.CancelAsync();
        await writer;
        var searches = await Task.WhenAll(readers);

        Assert.All(searches, s => Assert.True(s >= SearchesEach, $"only {s} searches ran in {_atMost}"));
        Assert.Equal(removedForGood.Length, Volatile.Read(ref removedCount));
        Assert.Equal(ids.Length - removedForGood.Length, sut.Count);
    }
}

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// The baseline: what one would write without an index. A plain for-loop over every vector, the filter checked
/// first, a scalar dot product, and the best k kept in a sorted array by insertion.
/// </summary>
internal static class ScalarTopK
{
    public static (long Id, float Score)[] Search(MentorVectors data, float[] query, int k, Func<long, bool>? allowed)
    {
        var best = new (long Id, float Score)[k];
        var kept = 0;
        var dimensions = data.Dimensions;
        for (var slot = 0; slot < data.Ids.Length; slot++)
        {
            var id = data.Ids[slot];
            if (allowed is not null && !allowed(id))
            {
                continue;
            }

            var score = 0f;
            var offset = (long)slot * dimensions;
            for (var i = 0; i < dimensions; i++)
            {
                score += data.Flat[offset + i] * query[i];
            }

            if (kept == k && score <= best[k - 1].Score)
            {
                continue;
            }

            // Shift the worse ones down one place and put this one in its place.
            var at = Math.Min(kept, k - 1);
            while (at > 0 && best[at - 1].Score < score)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = (id, score);
            kept = Math.Min(kept + 1, k);
        }

        return best[..kept];
    }
}

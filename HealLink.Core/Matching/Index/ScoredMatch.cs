namespace HealLink.Core.Matching.Index;

/// <summary>One id found by a search and its cosine similarity to the query (the dot product of unit vectors).</summary>
public readonly record struct ScoredMatch(long Id, float Score)
{
    /// <summary>
    /// The ranking order: higher score first, then lower id, so that equal scores never make a result depend on
    /// where a vector happens to be stored.
    /// </summary>
    internal bool RanksAbove(ScoredMatch other) => Score > other.Score || (Score == other.Score && Id < other.Id);
}

using HealLink.Core.Matching.Procedures;

namespace HealLink.Core.Matching;

/// <summary>
/// Applies the hard filters, scores whoever passes, and returns the best first, mentors who lived the mentee's side
/// of the procedure ahead (<see cref="RoleKindOrder"/>).
/// </summary>
public static class MatchRanker
{
    /// <param name="candidates">Mentors with the similarity of their story to the mentee's (cosine of unit vectors).</param>
    /// <param name="embedderId">The embedder that made those vectors.</param>
    /// <param name="procedures">How procedures are read; the catalogue's wordings alone when not given.</param>
    /// <param name="words">The reasons' language, the mentee's; English when not given.</param>
    public static IReadOnlyList<ScoredMentor> Rank(
        MenteeForMatching mentee,
        IEnumerable<(MentorForMatching Mentor, float Similarity)> candidates,
        MatchingOptions options,
        int count,
        string embedderId,
        ProcedureReader? procedures = null,
        MatchReasons? words = null)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(candidates);
        procedures ??= ProcedureReader.ByCatalogue();
        var comparable = MatchScorer.StoriesComparable(mentee.Profile, options, embedderId);
        List<ScoredMentor> scored = [.. candidates
            .Where(c => HardFilters.Check(mentee, c.Mentor) is null)
            .Select(c => MatchScorer.Score(mentee, c.Mentor, c.Similarity, options, embedderId, procedures, comparable, words))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Mentor.PersonId)];
        return [.. RoleKindOrder.Apply(mentee.Profile, scored).Take(count)];
    }
}

namespace HealLink.Core.Tests.Matching.Quality;

/// <summary>
/// Ranking figures from the mentors shown and the set's labels, with nothing else to know: a mentor labelled best
/// or good is a hit; hit@1 and hit@3 look for one among the first 1 and 3 cards; best-only hit@3 for a best label;
/// the reciprocal rank is 1/position of the first hit within the first 3 cards (0 without one); procedure recall@3
/// is the share of the same-procedure mentors the filters allow that the first 3 cards show; a violation is a card,
/// of the first 3, for a mentor the filters do not allow.
/// </summary>
internal static class RankingMetrics
{
    /// <summary>A page of cards, as the bot shows them (<c>MatchingOptions.MentorsShown</c>'s default).</summary>
    public const int CardsShown = 3;

    public static MenteeFigures Of(RankedMentee mentee)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        var shown = mentee.Shown.Take(CardsShown).ToList();
        var firstHit = shown.FindIndex(name => mentee.Best.Contains(name) || mentee.Good.Contains(name));
        var expected = mentee.SameProcedure.Where(mentee.Allowed.Contains).ToList();
        return new MenteeFigures(
            HitAt1: firstHit == 0,
            HitAt3: firstHit >= 0,
            BestHitAt3: shown.Any(mentee.Best.Contains),
            ReciprocalRank: firstHit >= 0 ? 1.0 / (firstHit + 1) : 0,
            ProcedureRecall: expected.Count == 0 ? null : expected.Count(shown.Contains) / (double)expected.Count,
            Violations: shown.Count(name => !mentee.Allowed.Contains(name)));
    }

    public static QualityRow Summarise(string group, IReadOnlyCollection<MenteeFigures> mentees)
    {
        ArgumentNullException.ThrowIfNull(mentees);
        var recalls = mentees.Where(m => m.ProcedureRecall is not null).Select(m => m.ProcedureRecall!.Value).ToList();
        return new QualityRow(
            group,
            mentees.Count,
            Share(mentees, m => m.HitAt1),
            Share(mentees, m => m.HitAt3),
            Share(mentees, m => m.BestHitAt3),
            mentees.Count == 0 ? double.NaN : mentees.Average(m => m.ReciprocalRank),
            recalls.Count == 0 ? null : recalls.Average(),
            mentees.Sum(m => m.Violations));
    }

    private static double Share(IReadOnlyCollection<MenteeFigures> mentees, Func<MenteeFigures, bool> hit) =>
        mentees.Count == 0 ? double.NaN : mentees.Count(hit) / (double)mentees.Count;
}

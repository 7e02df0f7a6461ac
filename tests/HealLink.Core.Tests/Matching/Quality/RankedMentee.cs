namespace HealLink.Core.Tests.Matching.Quality;

/// <summary>What one mentee was shown, best first, and what the labelled set says about those mentors.</summary>
/// <param name="Shown">The mentors on the mentee's cards, in order; only the first <see cref="RankingMetrics.CardsShown"/> count.</param>
/// <param name="Best">Mentors labelled best for the mentee.</param>
/// <param name="Good">Mentors labelled good (acceptable, not best).</param>
/// <param name="SameProcedure">Mentors who went through the mentee's procedure (see <see cref="SetExpectations.SameProcedure"/>).</param>
/// <param name="Allowed">Mentors who pass the hard filters for this mentee by the set's own fields.</param>
internal sealed record RankedMentee(
    IReadOnlyList<string> Shown,
    IReadOnlySet<string> Best,
    IReadOnlySet<string> Good,
    IReadOnlySet<string> SameProcedure,
    IReadOnlySet<string> Allowed);

/// <summary>One mentee's figures; <paramref name="ProcedureRecall"/> is null when no same-procedure mentor is allowed for them.</summary>
internal sealed record MenteeFigures(
    bool HitAt1, bool HitAt3, bool BestHitAt3, double ReciprocalRank, double? ProcedureRecall, int Violations);

/// <summary>
/// A group's figures: the share of its mentees with a hit, the mean reciprocal rank, the mean procedure recall over
/// the mentees who have a same-procedure mentor (null when none has), and the total of cards breaking a hard filter.
/// A group with no mentees has NaN shares.
/// </summary>
internal sealed record QualityRow(
    string Group, int Count, double HitAt1, double HitAt3, double BestHitAt3, double Mrr, double? ProcedureRecall, int Violations);

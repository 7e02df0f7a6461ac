namespace HealLink.Core.Tests.Matching.Quality;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Of_FirstCardUnlabelledAndNotAllowed_CountsTheHitAtTwoAndTheViolation()
    {
        var mentee = Case(shown: ["Xavier", "Ana", "Ben"], best: ["Ana"], good: ["Ben"], sameProcedure: ["Ana", "Cleo"], allowed: ["Ana", "Ben", "Cleo"]);

        var sut = RankingMetrics.Of(mentee);

        Assert.Equal(new MenteeFigures(HitAt1: false, HitAt3: true, BestHitAt3: true, ReciprocalRank: 0.5, ProcedureRecall: 0.5, Violations: 1), sut);
    }

    [Fact]
    public void Of_BestOnTheFourthCard_CountsOnlyTheFirstThree()
    {
        var mentee = Case(shown: ["Ben", "Yara", "Zoe", "Ana"], best: ["Ana"], good: ["Ben"], sameProcedure: ["Ana"], allowed: ["Ana", "Ben", "Yara", "Zoe"]);

        var sut = RankingMetrics.Of(mentee);

        Assert.Equal(new MenteeFigures(HitAt1: true, HitAt3: true, BestHitAt3: false, ReciprocalRank: 1, ProcedureRecall: 0, Violations: 0), sut);
    }

    [Fact]
    public void Of_SameProcedureMentorNotAllowed_HasNoProcedureRecall()
    {
        var mentee = Case(shown: ["Ben", "Dan", "Eve"], best: ["Dan"], good: [], sameProcedure: ["Cleo"], allowed: ["Ben", "Dan", "Eve"]);

        var sut = RankingMetrics.Of(mentee);

        Assert.Null(sut.ProcedureRecall);
        Assert.Equal(0.5, sut.ReciprocalRank);
    }

    [Fact]
    public void Of_GoodOnTheThirdCard_HasReciprocalRankOneThird()
    {
        var mentee = Case(shown: ["Yara", "Zoe", "Ben"], best: ["Ana"], good: ["Ben"], sameProcedure: ["Ana"], allowed: ["Ana", "Ben", "Yara", "Zoe"]);

        var sut = RankingMetrics.Of(mentee);

        Assert.Equal(1 / 3.0, sut.ReciprocalRank, 12);
        Assert.False(sut.HitAt1);
        Assert.True(sut.HitAt3);
    }

    [Fact]
    public void Summarise_ThreeMentees_AveragesSharesAndRecallOverThoseWithASameProcedureMentor()
    {
        MenteeFigures[] mentees =
        [
            new(HitAt1: false, HitAt3: true, BestHitAt3: true, ReciprocalRank: 0.5, ProcedureRecall: 0.5, Violations: 1),
            new(HitAt1: true, HitAt3: true, BestHitAt3: false, ReciprocalRank: 1, ProcedureRecall: 0, Violations: 0),
            new(HitAt1: false, HitAt3: false, BestHitAt3: false, ReciprocalRank: 0, ProcedureRecall: null, Violations: 2),
        ];

        var sut = RankingMetrics.Summarise("overall", mentees);

        Assert.Equal(new QualityRow("overall", 3, 1 / 3.0, 2 / 3.0, 1 / 3.0, 0.5, 0.25, 3), sut);
    }

    [Fact]
    public void Summarise_NoMentees_HasNoFigures()
    {
        var sut = RankingMetrics.Summarise("caregivers", []);

        Assert.Equal(0, sut.Count);
        Assert.True(double.IsNaN(sut.HitAt1));
        Assert.True(double.IsNaN(sut.Mrr));
        Assert.Null(sut.ProcedureRecall);
    }

    private static RankedMentee Case(string[] shown, string[] best, string[] good, string[] sameProcedure, string[] allowed) =>
        new(shown, best.ToHashSet(), good.ToHashSet(), sameProcedure.ToHashSet(), allowed.ToHashSet());
}

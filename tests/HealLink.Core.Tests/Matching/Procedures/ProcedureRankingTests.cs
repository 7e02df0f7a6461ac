using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>The catalogue in ranking: all else equal, the procedure orders mentors.</summary>
public sealed class ProcedureRankingTests
{
    public static TheoryData<string> Mentees => [.. MatchDevSet.Mentees.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Mentees))]
    public void Rank_DevSetMentorsOtherwiseEqual_SameProcedureFirstThenRelatedThenTheRest(string name)
    {
        var mentee = MatchDevSet.Mentees.Single(m => m.Name == name);
        var mentors = MatchDevSet.Mentors.Select((m, i) => (Person: m, Id: i + 2L)).ToList();

        var sut = MatchRanker.Rank(
            Profiles.Mentee(p => p.ProcedureText = mentee.Procedure),
            mentors.Select(m => (Profiles.Mentor(m.Id, p => p.ProcedureText = m.Person.Procedure), 0.5f)),
            new MatchingOptions(),
            int.MaxValue,
            HashedNGramEmbedder.EmbedderId);

        var kinships = sut.Select(s => ProcedureKinship.Compare(mentee.Procedure, s.Mentor.Profile.ProcedureText)).ToList();
        Assert.Equal(kinships.OrderByDescending(k => k), kinships);
        var sameInTheSet = MatchDevSet.Mentors.Count(m => DevSetProcedures.Expected[m.Name] == DevSetProcedures.Expected[name]);
        Assert.Equal(sameInTheSet, kinships.Count(k => k == Kinship.Same));
    }

    [Theory]
    [InlineData("kidney transplant", "living donor kidney transplant from my brother")]
    [InlineData("mastectomy", "Double mastectomy with DIEP flap reconstruction (BRCA1)")]
    [InlineData("hip replacement", "Hip replacement (left hip) at 76")]
    public void Score_MentorAddsDetailToTheSameProcedure_ScoresNoLower(string plain, string detailed)
    {
        var mentee = Profiles.Mentee(p => p.ProcedureText = plain);

        var sut = MatchScorer.Score(mentee, Profiles.Mentor(2, p => p.ProcedureText = detailed), 0.5f, new MatchingOptions(), HashedNGramEmbedder.EmbedderId);

        var plainly = MatchScorer.Score(mentee, Profiles.Mentor(2, p => p.ProcedureText = plain), 0.5f, new MatchingOptions(), HashedNGramEmbedder.EmbedderId);
        Assert.Equal(plainly.Score, sut.Score, precision: 9);
    }
}

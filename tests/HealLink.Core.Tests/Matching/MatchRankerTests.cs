using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

public sealed class MatchRankerTests
{
    [Fact]
    public void Rank_MixedCandidates_ReturnsOnlyEligibleOnesBestFirst()
    {
        var mentee = Profiles.Mentee(p => p.GenderPreference = Gender.Man, excluded: 7);
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, p => p.ProcedureText = "hip replacement"), 0.40f),
            (Profiles.Mentor(3, p => p.ProcedureText = "kidney transplant"), 0.40f),
            (Profiles.Mentor(4, p => p.VettingStatus = VettingStatus.Suspended), 0.99f),
            (Profiles.Mentor(5, activeMentees: 3), 0.98f),
            (Profiles.Mentor(6, p => p.Gender = Gender.Woman), 0.97f),
            (Profiles.Mentor(7), 0.96f),
            (Profiles.Mentor(8, p => p.Languages = ["German"]), 0.95f),
            (Profiles.Mentor(9, p => p.ProcedureText = "living kidney donor"), 0.30f),
        ];

        var sut = MatchRanker.Rank(mentee, candidates, new MatchingOptions(), count: 10, HashedNGramEmbedder.EmbedderId);

        Assert.Equal([3, 9, 2], sut.Select(s => s.Mentor.PersonId));
        Assert.All(sut, s => Assert.Null(HardFilters.Check(mentee, s.Mentor)));
    }

    [Fact]
    public void Rank_MoreEligibleThanAsked_ReturnsTheCountAsked()
    {
        var candidates = Enumerable.Range(2, 10).Select(i => (Profiles.Mentor(i), i / 20f));

        var sut = MatchRanker.Rank(Profiles.Mentee(), candidates, new MatchingOptions(), count: 3, HashedNGramEmbedder.EmbedderId);

        Assert.Equal([11, 10, 9], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void Rank_OtherwiseEqualMentors_TheOneNearerInAgeFirstAndSaysSo()
    {
        var mentee = Profiles.Mentee(p => p.AgeRange = AgeRange.From30To44);
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, p => p.AgeRange = AgeRange.From75), 0.50f),
            (Profiles.Mentor(3, p => p.AgeRange = AgeRange.From30To44), 0.50f),
            (Profiles.Mentor(4, p => p.AgeRange = AgeRange.From45To59), 0.50f),
        ];

        var sut = MatchRanker.Rank(mentee, candidates, new MatchingOptions(), count: 3, HashedNGramEmbedder.EmbedderId);

        Assert.Equal([3, 4, 2], sut.Select(s => s.Mentor.PersonId));
        Assert.Contains("You're close in age.", sut[0].Reasons);
        Assert.DoesNotContain("You're close in age.", sut[1].Reasons);
    }

    [Fact]
    public void Rank_SameProcedureFarInAgeAgainstOtherProcedureSameAge_TheProcedureWins()
    {
        var mentee = Profiles.Mentee(p => p.AgeRange = AgeRange.From30To44);
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, p => (p.AgeRange, p.ProcedureText) = (AgeRange.From30To44, "hip replacement")), 0.50f),
            (Profiles.Mentor(3, p => (p.AgeRange, p.ProcedureText) = (AgeRange.From75, "kidney transplant")), 0.50f),
        ];

        var sut = MatchRanker.Rank(mentee, candidates, new MatchingOptions(), count: 2, HashedNGramEmbedder.EmbedderId);

        Assert.Equal([3, 2], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void Rank_AgeSkipped_NoNudgeAndNoClaim()
    {
        var mentee = Profiles.Mentee(p => p.AgeRange = null);
        var candidates = new[] { (Profiles.Mentor(2, p => p.AgeRange = AgeRange.From30To44), 0.50f) };

        var sut = MatchRanker.Rank(mentee, candidates, new MatchingOptions(), count: 1, HashedNGramEmbedder.EmbedderId);

        Assert.DoesNotContain("You're close in age.", sut[0].Reasons);
    }
}

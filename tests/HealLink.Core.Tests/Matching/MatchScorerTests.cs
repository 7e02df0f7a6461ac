using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

public sealed class MatchScorerTests
{
    private readonly MatchingOptions _options = new();

    [Fact]
    public void Score_SameProcedureSharedInterestsHelpfulTopicsAndHospital_SaysEachTruly()
    {
        var mentee = Profiles.Mentee(p => (p.Hospital, p.Interests) = ("St Mary's Hospital", ["Cooking", "Travel", "Music"]));
        var mentor = Profiles.Mentor(2, p =>
        {
            (p.ProcedureText, p.ProcedureDisplay) = ("Kidney transplantation", "Kidney transplantation");
            (p.Hospital, p.Interests, p.HelpTopics) = ("st marys hospital", ["travel", "Cooking"], ["waiting", "work"]);
        });

        var sut = MatchScorer.Score(mentee, mentor, similarity: 0.62f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.Equal(
            [
                "You have a kidney transplant in common.",
                "Sam knows st marys hospital.",
                "You both mentioned cooking and travel.",
                "Sam can help with waiting for a transplant or surgery.",
                "Your stories have a lot in common.",
            ],
            sut.Reasons);
    }

    [Fact]
    public void Score_RelatedProcedureAndNothingElseShared_SaysOnlyThat()
    {
        var mentee = Profiles.Mentee(p => p.Interests = []);
        var mentor = Profiles.Mentor(2, p => (p.ProcedureText, p.HelpTopics) = ("Living kidney donor", []));

        var sut = MatchScorer.Score(mentee, mentor, similarity: 0.2f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.Equal(["A related procedure: Sam donated a kidney."], sut.Reasons);
    }

    [Fact]
    public void Score_NothingInCommon_GivesNoReasonsAndOnlySimilarityAndLoad()
    {
        var mentee = Profiles.Mentee(p => (p.ProcedureText, p.Interests) = ("mastectomy", []));
        var mentor = Profiles.Mentor(2, p => p.HelpTopics = [], activeMentees: 3);

        var sut = MatchScorer.Score(mentee, mentor, similarity: 0.3f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.Empty(sut.Reasons);
        Assert.Equal(0.3, sut.Score, precision: 5);
    }

    [Theory]
    [InlineData(HashedNGramEmbedder.EmbedderId, true)]
    [InlineData(MiniLmEmbedder.EmbedderId, false)]
    public void Score_SameCosineFromEachEmbedder_SaysStoriesAreAlikeOnlyPastThatEmbeddersThreshold(string embedderId, bool alike)
    {
        // 0.55 is past the offline embedder's 0.5 and short of all-MiniLM-L6-v2's 0.61: its cosines run higher.
        var sut = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(2), similarity: 0.55f, _options, embedderId);

        Assert.Equal(alike, sut.Reasons.Contains("Your stories have a lot in common."));
    }

    [Fact]
    public void Score_SameProcedure_OutranksAnEquallySimilarDifferentOne()
    {
        var same = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(2, p => p.ProcedureText = "kidney transplant"), 0.5f, _options, HashedNGramEmbedder.EmbedderId);
        var related = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(3, p => p.ProcedureText = "kidney donor"), 0.5f, _options, HashedNGramEmbedder.EmbedderId);
        var different = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(4, p => p.ProcedureText = "hip replacement"), 0.5f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.True(same.Score > related.Score && related.Score > different.Score);
    }

    [Fact]
    public void Score_FewerActiveMentees_IsALightPreference()
    {
        var free = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(2, activeMentees: 0), 0.5f, _options, HashedNGramEmbedder.EmbedderId);
        var busy = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(3, activeMentees: 2), 0.5f, _options, HashedNGramEmbedder.EmbedderId);
        var moreSimilarButBusy = MatchScorer.Score(Profiles.Mentee(), Profiles.Mentor(4, activeMentees: 2), 0.6f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.True(free.Score > busy.Score);
        Assert.True(moreSimilarButBusy.Score > free.Score, "load is a nudge, not a rule");
    }

    [Theory]
    [InlineData(Stage.InHospital, "hospital-stay", "The hospital stay")]
    [InlineData(Stage.RecoveringFirstMonths, "medication", "Medication routines")]
    [InlineData(Stage.RecoveringLongTerm, "work", "Returning to work")]
    public void Score_TopicThatMattersAtTheMenteesStage_IsNamed(Stage stage, string topic, string label)
    {
        var sut = MatchScorer.Score(Profiles.Mentee(p => p.Stage = stage), Profiles.Mentor(2, p => p.HelpTopics = [topic]), 0.1f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.Contains($"Sam can help with {char.ToLowerInvariant(label[0])}{label[1..]}.", sut.Reasons);
    }
}

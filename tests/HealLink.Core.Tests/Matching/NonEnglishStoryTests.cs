using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Tests.Matching;

/// <summary>
/// all-MiniLM-L6-v2 reads English only: under a story in another language its similarity counts for little and is
/// never a reason, and the why is said in the mentee's language.
/// </summary>
public sealed class NonEnglishStoryTests
{
    private const string SpanishStory =
        "Estoy esperando un trasplante de riñón y hago diálisis tres veces por semana. Me gustaría hablar con alguien que ya pasó por la espera.";

    private const string EnglishStory =
        "I'm waiting for a kidney transplant and on dialysis three times a week. I'd love to talk to someone who has been through the wait.";

    private readonly MatchingOptions _options = new();

    [Theory]
    [InlineData(SpanishStory, false)]
    [InlineData(EnglishStory, true)]
    [InlineData("", true)]
    [InlineData("Tengo miedo de la operación, pero mi familia me apoya mucho.", false)]
    [InlineData("My family has been with me through the whole wait.", true)]
    public void IsEnglish_Story_ToldByItsSmallWords(string story, bool expected) =>
        Assert.Equal(expected, IntroLanguage.IsEnglish(story));

    [Fact]
    public void Rank_SpanishStoryWithMiniLm_SimilarityKeepsItsShareAndIsNoReason()
    {
        var mentee = Profiles.Mentee(p => (p.Intro, p.Interests) = (SpanishStory, []));
        var mentor = Profiles.Mentor(2, p => p.HelpTopics = []);

        var sut = MatchRanker.Rank(mentee, [(mentor, 0.9f)], _options, 1, MiniLmEmbedder.EmbedderId)[0];
        var english = MatchRanker.Rank(Profiles.Mentee(p => (p.Intro, p.Interests) = (EnglishStory, [])), [(mentor, 0.9f)], _options, 1, MiniLmEmbedder.EmbedderId)[0];

        Assert.Equal(english.Score - (0.9 * (1 - _options.NonEnglishSimilarityShare)), sut.Score, precision: 5);
        Assert.DoesNotContain(MatchReasons.English.StoriesInCommon, sut.Reasons);
        Assert.Contains(MatchReasons.English.StoriesInCommon, english.Reasons);
    }

    [Fact]
    public void Rank_SpanishStoryWithTheOfflineEmbedder_SimilarityCountsInFull()
    {
        var mentee = Profiles.Mentee(p => (p.Intro, p.Interests) = (SpanishStory, []));
        var mentor = Profiles.Mentor(2, p => p.HelpTopics = []);

        var sut = MatchRanker.Rank(mentee, [(mentor, 0.9f)], _options, 1, HashedNGramEmbedder.EmbedderId)[0];
        var english = MatchRanker.Rank(Profiles.Mentee(p => (p.Intro, p.Interests) = (EnglishStory, [])), [(mentor, 0.9f)], _options, 1, HashedNGramEmbedder.EmbedderId)[0];

        Assert.Equal(english.Score, sut.Score, precision: 5);
    }

    [Fact]
    public void Score_InSpanish_SaysTheWhyInSpanishWithTheCataloguesName()
    {
        var mentee = Profiles.Mentee(p => (p.Intro, p.Interests, p.AgeRange) = (SpanishStory, ["Cooking"], People.AgeRange.From45To59));
        var mentor = Profiles.Mentor(2, p => (p.ProcedureText, p.Interests, p.HelpTopics, p.AgeRange) =
            ("Kidney transplant", ["Cooking", "Jardinería"], ["waiting"], People.AgeRange.From45To59));

        var sut = MatchScorer.Score(mentee, mentor, 0.2f, _options, HashedNGramEmbedder.EmbedderId, words: new SpanishMatchReasons());

        Assert.Equal(
            [
                "Tienen en común un trasplante de riñón.",
                "Los dos mencionaron cocina.",
                "Sam puede ayudarte con la espera de un trasplante o una cirugía.",
                "Tienen una edad parecida.",
            ],
            sut.Reasons);
    }

    [Fact]
    public void BothMentioned_InSpanishBeforeAnISound_JoinsWithE() =>
        Assert.Equal("Los dos mencionaron cocina, música e iglesia.", new SpanishMatchReasons().BothMentioned(["Cooking", "Music", "Iglesia"]));
}

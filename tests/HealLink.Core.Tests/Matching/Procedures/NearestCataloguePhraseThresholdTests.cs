using HealLink.Core.Matching.Procedures;
using HealLink.Core.Tests.Matching.Embeddings.MiniLm;
using Xunit.Abstractions;

namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>The embedding step's threshold, reproduced with the real model on the dev set's wordings.</summary>
public sealed class NearestCataloguePhraseThresholdTests(RealMiniLmFixture model, ITestOutputHelper output) : IClassFixture<RealMiniLmFixture>
{
    [Fact]
    public async Task Threshold_MiniLm_IsTheLowestHundredthAboveEveryWrongNearestPhraseOnTheDevSet()
    {
        using var sut = new NearestCataloguePhrase(model.Embedder);
        var people = MatchDevSet.Everyone.ToList();

        var nearest = await sut.NearestAsync([.. people.Select(p => p.Procedure)], CancellationToken.None);

        var scored = people.Zip(nearest, (person, n) => (n.Nearest.Similarity, Right: n.Nearest.Entry.Id == DevSetProcedures.Expected[person.Name])).ToList();
        var highestWrong = scored.Where(s => !s.Right).Max(s => s.Similarity);
        var tuned = MathF.Floor(highestWrong * 100 + 1) / 100;
        output.WriteLine($"highest wrong {highestWrong:F3}; at {tuned:F2} the model alone places {scored.Count(s => s.Similarity >= tuned)} of {scored.Count}");
        Assert.Equal(NearestCataloguePhrase.Threshold, tuned, precision: 2);
        Assert.All(scored.Where(s => s.Similarity >= NearestCataloguePhrase.Threshold), s => Assert.True(s.Right));
    }

    [Theory]
    [InlineData("not sure what it is called yet")]
    [InlineData("surgery")]
    [InlineData("I'd rather not say")]
    [InlineData("kidney")]
    public async Task ReaderFor_AnswerThatNamesNoProcedure_StaysUnrecognised(string answer)
    {
        using var sut = new NearestCataloguePhrase(model.Embedder);

        var reader = await sut.ReaderForAsync([answer], CancellationToken.None);

        Assert.Null(reader.Read(answer));
    }

    [Theory]
    [InlineData("womb taken out", "hysterectomy")]
    [InlineData("voice box taken out", "laryngectomy")]
    [InlineData("heart valve operation", "valve-replacement")]
    [InlineData("transplanted kidney", "kidney-transplant")]
    public async Task ReaderFor_WordingNoPhraseOccursInButTheModelKnows_IsPlaced(string wording, string id)
    {
        using var sut = new NearestCataloguePhrase(model.Embedder);

        var reader = await sut.ReaderForAsync([wording], CancellationToken.None);

        Assert.Null(ProcedureRecogniser.Recognise(wording));
        Assert.Equal(id, reader.Read(wording)?.Entry.Id);
    }
}

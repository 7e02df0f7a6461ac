using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Procedures;
using HealLink.Core.Tests.Matching.Embeddings;

namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>The optional embedding step, with stand-in embedders: which one it trusts and what it does with them.</summary>
public sealed class NearestCataloguePhraseTests
{
    private const string Unlisted = "they swapped my clogged arteries for veins from my leg";

    [Fact]
    public async Task ReaderFor_OfflineEmbedder_ReadsByTheCatalogueAlone()
    {
        var embedder = new CountingEmbedder();
        using var sut = new NearestCataloguePhrase(embedder);

        var reader = await sut.ReaderForAsync([Unlisted, "kidney transplant"], CancellationToken.None);

        Assert.Null(reader.Read(Unlisted));
        Assert.Equal(0, embedder.Texts);
    }

    [Fact]
    public async Task ReaderFor_ModelPlacesAnUnlistedWordingNearAPhrase_KinshipAndWhyFollowIt()
    {
        using var sut = new NearestCataloguePhrase(new StandInModel(Unlisted, "coronary bypass"));

        var reader = await sut.ReaderForAsync([Unlisted, "Triple heart bypass (CABG)"], CancellationToken.None);

        Assert.Equal(Kinship.Same, ProcedureKinship.Compare(Unlisted, "Triple heart bypass (CABG)", reader));
        var scored = MatchScorer.Score(
            Profiles.Mentee(p => p.ProcedureText = Unlisted),
            Profiles.Mentor(2, p => (p.DisplayName, p.ProcedureText) = ("Frank", "Triple heart bypass (CABG)")),
            0.1f, new MatchingOptions(), "all-MiniLM-L6-v2", reader);
        Assert.Contains("You have a heart bypass (CABG) in common.", scored.Reasons);
    }

    [Fact]
    public async Task ReaderFor_WordingsAlreadyRecognisedOrPlaced_AreNotEmbeddedAgain()
    {
        var model = new StandInModel(Unlisted, "coronary bypass");
        using var sut = new NearestCataloguePhrase(model);
        await sut.ReaderForAsync([Unlisted, "kidney transplant"], CancellationToken.None);
        var embeddedOnce = model.Embedded.Count;

        await sut.ReaderForAsync([Unlisted, "kidney transplant"], CancellationToken.None);

        Assert.Equal(embeddedOnce, model.Embedded.Count);
        Assert.DoesNotContain("kidney transplant", model.Embedded);
    }

    /// <summary>
    /// Stands in for all-MiniLM-L6-v2 (by its id): every text is its own direction, except the one wording said to
    /// mean a catalogue phrase, which points the same way as that phrase.
    /// </summary>
    private sealed class StandInModel(string wording, string meaning) : IEmbedder
    {
        private readonly Dictionary<string, int> _directions = new(StringComparer.Ordinal);

        public List<string> Embedded { get; } = [];

        public string Id => Core.Matching.Embeddings.MiniLm.MiniLmEmbedder.EmbedderId;

        public int Dimensions => 4096;

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Embedded.AddRange(texts);
            return Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(Embed)]);
        }

        private float[] Embed(string text)
        {
            var key = text == wording ? meaning : text;
            if (!_directions.TryGetValue(key, out var direction))
            {
                direction = _directions.Count;
                _directions[key] = direction;
            }

            var vector = new float[Dimensions];
            vector[direction] = 1;
            return vector;
        }
    }
}

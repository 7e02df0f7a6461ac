using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Safety;

public sealed class SemanticCrisisDetectorTests
{
    // Statements as vectors (VectorTextEmbedder): an English and a Spanish crisis statement and a benign one, each on
    // an axis of its own, so a message's cosine with each is the number written in its place.
    private const string EnglishCrisis = "1,0,0";
    private const string SpanishCrisis = "0,1,0";
    private const string Benign = "0,0,1";

    private static readonly Dictionary<string, double> Thresholds = new(StringComparer.Ordinal) { ["en"] = 0.6, ["es"] = 0.75 };

    [Fact]
    public async Task FindAsync_NearACrisisStatement_NamesItAndHowNear()
    {
        var sut = Detector(new VectorTextEmbedder());

        var match = await sut.FindAsync("0.8,0,0.3", CancellationToken.None);

        Assert.NotNull(match);
        Assert.Equal((SemanticCrisisDetector.Source, EnglishCrisis), (match.Language, match.Phrase));
        Assert.Equal(0.8, match.Similarity!.Value, precision: 5);
    }

    [Theory]
    [InlineData("0.5,0,0")]
    [InlineData("0,0.7,0")]
    public async Task FindAsync_BelowTheThresholdOfTheNearestStatementsLanguage_IsNull(string message)
    {
        var sut = Detector(new VectorTextEmbedder());

        Assert.Null(await sut.FindAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_NearerABenignStatementThanAnyCrisisOne_IsNull()
    {
        var sut = Detector(new VectorTextEmbedder());

        Assert.Null(await sut.FindAsync("0.7,0,0.71", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_ManyMessagesAtOnce_EmbedsTheStatementsOnce()
    {
        var embedder = new VectorTextEmbedder();
        var sut = Detector(embedder);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => sut.FindAsync("0.8,0,0", CancellationToken.None))));

        Assert.Equal(3 + 20, embedder.Texts);
    }

    [Fact]
    public async Task FindAsync_StatementsFailedToEmbed_TriesAgainOnTheNextMessage()
    {
        var sut = Detector(new VectorTextEmbedder(failFirstCall: true));

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.FindAsync("0.8,0,0", CancellationToken.None));

        Assert.NotNull(await sut.FindAsync("0.8,0,0", CancellationToken.None));
    }

    [Fact]
    public void For_OfflineEmbedder_HasNoSemanticPath()
    {
        Assert.Null(SemanticCrisisDetector.For(new HashedNGramEmbedder()));
    }

    [Fact]
    public void For_MiniLm_HasAThresholdForEveryStatementLanguage()
    {
        // The constructor refuses a statement whose language has no threshold.
        Assert.NotNull(SemanticCrisisDetector.For(new VectorTextEmbedder(MiniLmEmbedder.EmbedderId)));
    }

    private static SemanticCrisisDetector Detector(IEmbedder embedder) =>
        new(embedder, Thresholds, [new("en", EnglishCrisis), new("es", SpanishCrisis)], [new("en", Benign)]);
}

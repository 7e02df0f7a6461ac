using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Messaging;
using HealLink.Core.Safety;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealLink.Core.Tests.Safety;

public sealed class CrisisAssessorTests
{
    private static readonly Dictionary<string, double> Thresholds = new(StringComparer.Ordinal) { ["en"] = 0.6 };

    [Fact]
    public async Task AssessAsync_PhraseInTheText_ReturnsThePhraseWithoutEmbedding()
    {
        var embedder = new VectorTextEmbedder();
        var sut = Assessor(embedder);

        var match = await sut.AssessAsync("honestly i want to die", CancellationToken.None);

        Assert.Equal(new CrisisMatch("en", "want to die"), match);
        Assert.Equal(0, embedder.Texts);
    }

    [Fact]
    public async Task AssessAsync_PhrasesMissAndTheStatementIsNear_ReturnsTheSemanticMatch()
    {
        var sut = Assessor(new VectorTextEmbedder());

        var match = await sut.AssessAsync("0.9,0", CancellationToken.None);

        Assert.Equal((SemanticCrisisDetector.Source, "1,0"), (match?.Language, match?.Phrase));
    }

    [Fact]
    public async Task AssessAsync_SemanticPathFails_TheListsVerdictStandsAndAWarningIsLogged()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var sut = new CrisisAssessor(new CrisisDetector(), Semantic(new VectorTextEmbedder(failFirstCall: true)), factory.CreateLogger<CrisisAssessor>());

        var match = await sut.AssessAsync("0.9,0", CancellationToken.None);

        Assert.Null(match);
        var line = Assert.Single(logs.Lines);
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        Assert.DoesNotContain("0.9,0", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessAsync_OfflineEmbedder_UsesThePhraseListsOnly()
    {
        var sut = new CrisisAssessor(new CrisisDetector(), SemanticCrisisDetector.For(new HashedNGramEmbedder()), NullLogger<CrisisAssessor>.Instance);

        Assert.False(sut.IsSemantic);
        Assert.Null(await sut.AssessAsync("nobody would care if i vanished", CancellationToken.None));
    }

    [Fact]
    public async Task AssessAsync_ButtonPress_HasNoVerdict()
    {
        var embedder = new VectorTextEmbedder();

        Assert.Null(await Assessor(embedder).AssessAsync(new ButtonPress("a:match"), CancellationToken.None));
        Assert.Equal(0, embedder.Texts);
    }

    private static CrisisAssessor Assessor(IEmbedder embedder) =>
        new(new CrisisDetector(), Semantic(embedder), NullLogger<CrisisAssessor>.Instance);

    private static SemanticCrisisDetector Semantic(IEmbedder embedder) => new(embedder, Thresholds, [new("en", "1,0")], []);
}

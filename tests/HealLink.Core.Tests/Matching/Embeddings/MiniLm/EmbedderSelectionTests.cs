using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

public sealed class EmbedderSelectionTests(TinyEncoderFixture fixture) : IClassFixture<TinyEncoderFixture>
{
    [Theory]
    [InlineData(EmbedderKind.Auto)]
    [InlineData(EmbedderKind.MiniLm)]
    public void Choose_EverythingPresent_TakesTheModel(EmbedderKind kind)
    {
        using var choice = EmbedderSelection.Choose(TinyMiniLm.Options(fixture, kind));

        Assert.IsType<MiniLmEmbedder>(choice.Embedder);
        Assert.Null(choice.WhyNotTheModel);
    }

    [Fact]
    public void Choose_OfflineAskedFor_TakesTheOfflineEmbedderEvenWithTheModelPresent()
    {
        using var choice = EmbedderSelection.Choose(TinyMiniLm.Options(fixture, EmbedderKind.Offline));

        Assert.IsType<HashedNGramEmbedder>(choice.Embedder);
        Assert.True(choice.OfflineByChoice);
    }

    [Theory]
    [InlineData(nameof(EmbeddingOptions.ModelPath))]
    [InlineData(nameof(EmbeddingOptions.VocabularyPath))]
    public void Choose_AutoWithAFileMissing_FallsBackAndNamesTheMissingPath(string missing)
    {
        var options = TinyMiniLm.Options(fixture);
        var nowhere = Path.Combine(Path.GetTempPath(), "heallink-nowhere", "file");
        if (missing == nameof(EmbeddingOptions.ModelPath))
        {
            options.ModelPath = nowhere;
        }
        else
        {
            options.VocabularyPath = nowhere;
        }

        using var choice = EmbedderSelection.Choose(options);

        Assert.IsType<HashedNGramEmbedder>(choice.Embedder);
        Assert.False(choice.OfflineByChoice);
        Assert.Contains(nowhere, choice.WhyNotTheModel, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AutoWithAGarbageModel_FallsBackWithOnnxRuntimesOwnMessage()
    {
        var options = TinyMiniLm.Options(fixture);
        options.ModelPath = fixture.WriteFile("garbage.onnx", [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37))]);

        using var choice = EmbedderSelection.Choose(options);

        Assert.IsType<HashedNGramEmbedder>(choice.Embedder);
        Assert.Contains("CreateSession", choice.WhyNotTheModel, StringComparison.Ordinal);
        Assert.Contains("[ErrorCode:InvalidProtobuf]", choice.WhyNotTheModel, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_ModelRequiredButMissing_RefusesWithTheReason()
    {
        var options = TinyMiniLm.Options(fixture, EmbedderKind.MiniLm);
        options.VocabularyPath = Path.Combine(Path.GetTempPath(), "heallink-nowhere", "vocab.txt");

        var exception = Assert.Throws<EmbedderUnavailableException>(() => EmbedderSelection.Choose(options));

        Assert.Contains("Embeddings:Embedder is MiniLm", exception.Message, StringComparison.Ordinal);
        Assert.Contains(options.VocabularyPath, exception.Message, StringComparison.Ordinal);
    }
}

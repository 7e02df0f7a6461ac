using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>
/// The embedder on a model of all-MiniLM-L6-v2's exact shape (random weights) with the real vocabulary: everything
/// the real model would go through, short of its trained numbers.
/// </summary>
public sealed class MiniLmShapedEmbedderTests(MiniLmModelFixture fixture) : IClassFixture<MiniLmModelFixture>
{
    [Fact]
    public async Task EmbedAsync_IntrosOfAnyLength_Gives384DimensionalUnitVectors()
    {
        using var sut = Load();
        var longIntro = string.Join(' ', Enumerable.Repeat("After my transplant I walked a little further every day.", 200));

        var vectors = await sut.EmbedAsync(["", "Kidney transplant, 2019.", longIntro, "🙂"], CancellationToken.None);

        Assert.Equal(384, sut.Dimensions);
        Assert.All(vectors, vector =>
        {
            Assert.Equal(384, vector.Length);
            Assert.Equal(1, MathF.Sqrt(vector.Sum(x => x * x)), 4);
        });
    }

    [Fact]
    public async Task EmbedAsync_SameIntroAloneOrAmongLongerOnes_GivesTheSameVector()
    {
        using var sut = Load();
        const string intro = "I had a liver transplant two years ago and I'm happy to talk about the first weeks.";

        var alone = Assert.Single(await sut.EmbedAsync([intro], CancellationToken.None));
        var batched = await sut.EmbedAsync(
            [string.Join(' ', Enumerable.Repeat("A much longer story that pads the short one.", 10)), intro], CancellationToken.None);

        Assert.Equal(alone, batched[1], new ToleranceComparer(1e-4f));
    }

    private MiniLmEmbedder Load() => MiniLmEmbedder.Load(new EmbeddingOptions
    {
        ModelPath = fixture.ModelPath,
        VocabularyPath = SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt"),
    });
}

using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Tests.Matching.Embeddings;

public sealed class HashedNGramEmbedderTests
{
    private readonly HashedNGramEmbedder _sut = new();

    [Fact]
    public void Identity_IsVersionedAndFixedSize()
    {
        Assert.Equal("hashed-ngrams-v1", _sut.Id);
        Assert.Equal(512, _sut.Dimensions);
    }

    [Fact]
    public void Embed_SameTextOnTwoInstances_IsBitIdentical()
    {
        const string text = "I had a kidney transplant in 2019 and I'm doing well.";

        Assert.Equal(_sut.Embed(text), new HashedNGramEmbedder().Embed(text));
    }

    [Fact]
    public void Embed_KnownText_MatchesTheVectorRecordedForThisVersion()
    {
        // Stored vectors are only comparable with new ones while this holds; a change here needs a new Id.
        var vector = _sut.Embed("I had a kidney transplant");

        var largest = vector.Select((value, bucket) => (bucket, value: MathF.Round(value, 4)))
            .OrderByDescending(entry => MathF.Abs(entry.value)).ThenBy(entry => entry.bucket).Take(3);
        Assert.Equal(RecordedLargest, largest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("🙂🙏❤️")]
    [InlineData("?!...")]
    [InlineData("I")]
    [InlineData("Ich hatte eine Nierentransplantation — Grüße aus Köln")]
    [InlineData("我做了肾移植")]
    public void Embed_AnyText_IsUnitLengthWithTheStatedDimensions(string text)
    {
        AssertUnitVector(_sut.Embed(text));
    }

    [Fact]
    public void Embed_TenKilobyteText_IsUnitLength()
    {
        var words = string.Concat(Enumerable.Repeat("After my liver transplant I walked a little further each day. ", 170));
        var oneLongWord = new string('a', 10_240);

        AssertUnitVector(_sut.Embed(words));
        AssertUnitVector(_sut.Embed(oneLongWord));
    }

    [Fact]
    public void Embed_TextsWithoutWords_AllShareTheEmptyVector()
    {
        var empty = _sut.Embed("");

        Assert.Equal(1f, empty[0]);
        Assert.Equal(empty, _sut.Embed("  \n "));
        Assert.Equal(empty, _sut.Embed("🙂 !!"));
    }

    [Fact]
    public void Embed_CaseAccentsAndPunctuation_AreIgnored()
    {
        Assert.Equal(_sut.Embed("cafe naive, kidney transplant"), _sut.Embed("Café NAÏVE — kidney-transplant!"));
    }

    [Fact]
    public void Embed_RelatedSentences_AreCloserThanUnrelatedOnes()
    {
        var anchor = _sut.Embed("I had a kidney transplant");

        var related = Dot(anchor, _sut.Embed("my kidney transplant was last year"));
        var unrelated = Dot(anchor, _sut.Embed("I love hiking in the mountains"));

        Assert.True(related > unrelated + 0.2, $"related {related:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public async Task EmbedAsync_SeveralTexts_ReturnsTheirVectorsInOrder()
    {
        string[] texts = ["kidney", "", "liver transplant"];

        var vectors = await _sut.EmbedAsync(texts, CancellationToken.None);

        Assert.Equal(texts.Select(_sut.Embed), vectors);
    }

    [Fact]
    public async Task EmbedAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _sut.EmbedAsync(["kidney"], cancellation.Token));
    }

    [Fact]
    public void Embed_ManyThreadsAtOnce_GiveTheSameVectors()
    {
        string[] texts = [.. Enumerable.Range(0, 200).Select(i => $"person {i} had surgery number {i % 7}")];
        var expected = texts.Select(_sut.Embed).ToArray();

        var actual = texts.AsParallel().AsOrdered().Select(_sut.Embed).ToArray();

        Assert.Equal(expected, actual);
    }

    private static readonly (int, float)[] RecordedLargest = [(409, -0.4353f), (102, 0.4233f), (490, 0.2390f)];

    private void AssertUnitVector(float[] vector)
    {
        Assert.Equal(_sut.Dimensions, vector.Length);
        Assert.All(vector, value => Assert.True(float.IsFinite(value)));
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(x => (double)x * x)), 5);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}

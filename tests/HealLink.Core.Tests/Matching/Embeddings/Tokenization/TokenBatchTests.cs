namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

public sealed class TokenBatchTests
{
    [Fact]
    public void EncodeBatch_TextsOfDifferentLengths_ArePaddedToTheLongestAndMasked()
    {
        var sut = MiniLm.Tokenizer;

        var batch = sut.EncodeBatch(["Hello world", "Hi", ""], MiniLm.MaxLength);

        Assert.Equal(3, batch.BatchSize);
        Assert.Equal(4, batch.SequenceLength);
        Assert.Equal([101L, 7592, 2088, 102, 101, 7632, 102, 0, 101, 102, 0, 0], batch.InputIds);
        Assert.Equal([1L, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0], batch.AttentionMask);
        Assert.Equal(new long[12], batch.TokenTypeIds);
    }

    [Fact]
    public void EncodeBatch_EachRow_IsWhatEncodeGives()
    {
        string[] texts =
            ["I’m 34 and newly diagnosed.", "Ça va? Je suis là.", string.Concat(Enumerable.Repeat("long text ", 100))];
        var sut = MiniLm.Tokenizer;

        var batch = sut.EncodeBatch(texts, MiniLm.MaxLength);

        Assert.Equal(MiniLm.MaxLength, batch.SequenceLength);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = sut.Encode(texts[i], MiniLm.MaxLength).InputIds;
            Assert.Equal(single, batch.InputIds.AsSpan(i * batch.SequenceLength, single.Length).ToArray());
            var padding = batch.InputIds.AsSpan((i * batch.SequenceLength) + single.Length, batch.SequenceLength - single.Length);
            Assert.All(padding.ToArray(), id => Assert.Equal(0, id));
        }
    }

    [Fact]
    public void EncodeBatch_NoTexts_IsAnEmptyBatch()
    {
        var batch = MiniLm.Tokenizer.EncodeBatch([], MiniLm.MaxLength);

        Assert.Equal((0, 0), (batch.BatchSize, batch.SequenceLength));
        Assert.Empty(batch.InputIds);
    }
}

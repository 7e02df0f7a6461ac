using System.Text;
using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

public sealed class WordPieceTokenizerTests
{
    private static WordPieceTokenizer Sut => MiniLm.Tokenizer;

    [Theory]
    [InlineData("Café", new[] { "cafe" })]
    [InlineData("Hello,world!!", new[] { "hello", ",", "world", "!", "!" })]
    [InlineData("I'm 25 (nearly) - ok?", new[] { "i", "'", "m", "25", "(", "nearly", ")", "-", "ok", "?" })]
    [InlineData("$5+3=8 | ~x", new[] { "$", "5", "+", "3", "=", "8", "|", "~", "x" })]
    [InlineData("我apple", new[] { "我", "apple" })]
    [InlineData("foot\fball\u200B", new[] { "football" })]
    [InlineData("한", new[] { "ᄒ", "##ᅡ", "##ᆫ" })]
    [InlineData("playing", new[] { "playing" })]
    public void Encode_Text_GivesBertsWordPieces(string text, string[] expected)
    {
        Assert.Equal(["[CLS]", .. expected, "[SEP]"], MiniLm.Encode(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n\u00A0\u3000 ")]
    [InlineData("\u0000\u200B")]
    public void Encode_EmptyOrWhitespaceOnly_IsClsSep(string text)
    {
        var result = Sut.Encode(text, MiniLm.MaxLength);

        Assert.Equal([101L, 102L], result.InputIds);
        Assert.Equal([1L, 1L], result.AttentionMask);
        Assert.Equal([0L, 0L], result.TokenTypeIds);
        Assert.Equal(2, result.Length);
    }

    [Theory]
    [InlineData("I feel 😊", new[] { "i", "feel", "[UNK]" })]
    [InlineData("abc😊", new[] { "[UNK]" })]
    [InlineData("😶\u200D🌫\uFE0F ok", new[] { "[UNK]", "ok" })]
    public void Encode_Emoji_IsUnknownAndTakesItsWordWithIt(string text, string[] expected)
    {
        Assert.Equal(["[CLS]", .. expected, "[SEP]"], MiniLm.Encode(text));
    }

    [Fact]
    public void Encode_WordLongerThanMaxInputChars_IsOneUnk()
    {
        Assert.Equal(["[CLS]", "[UNK]", "[SEP]"], MiniLm.Encode(new string('a', 150)));
        Assert.Equal(["[CLS]", "[UNK]", "ok", "[SEP]"], MiniLm.Encode(new string('a', 101) + " ok"));
        Assert.NotEqual("[UNK]", MiniLm.Encode(new string('a', 100))[1]);
    }

    [Fact]
    public void Encode_LongText_IsTruncatedToMaxLengthWithSepLast()
    {
        var text = string.Concat(Enumerable.Repeat("Hello world, this is me. ", 200));

        var result = Sut.Encode(text, MiniLm.MaxLength);

        Assert.Equal(MiniLm.MaxLength, result.Length);
        Assert.Equal(101, result.InputIds[0]);
        Assert.Equal(102, result.InputIds[^1]);
        Assert.DoesNotContain(102L, result.InputIds[..^1]);
        Assert.All(result.AttentionMask, m => Assert.Equal(1, m));
    }

    [Fact]
    public void Encode_TruncatedInsideAWord_KeepsItsLeadingPieces()
    {
        var pieces = MiniLm.Encode("tokenization")[1..^1];

        var result = MiniLm.Tokens(Sut.Encode("tokenization", 3).InputIds);

        Assert.True(pieces.Length > 1);
        Assert.Equal(["[CLS]", pieces[0], "[SEP]"], result);
    }

    [Fact]
    public void Encode_MaxLengthBelowTwo_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sut.Encode("hi", 1));
        Assert.Equal([101L, 102L], Sut.Encode("hi", 2).InputIds);
    }

    [Fact]
    public void Encode_SmallMaxInputCharsPerWord_MakesLongerWordsUnknown()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[PAD]\n[UNK]\n[CLS]\n[SEP]\nplay\n##ing\n"));
        var vocabulary = WordPieceVocabulary.Load(stream, "test");

        Assert.Equal([2L, 4L, 5L, 3L], new WordPieceTokenizer(vocabulary).Encode("Playing", 16).InputIds);
        Assert.Equal([2L, 1L, 3L], new WordPieceTokenizer(vocabulary, maxInputCharsPerWord: 6).Encode("Playing", 16).InputIds);
        Assert.Equal([2L, 1L, 3L], new WordPieceTokenizer(vocabulary).Encode("ingplay", 16).InputIds);
    }

    [Fact]
    public void Encode_SpecialTokenTypedInText_IsReadAsText()
    {
        Assert.Equal(["[CLS]", "[", "cl", "##s", "]", "hi", "[SEP]"], MiniLm.Encode("[CLS] hi"));
    }

    [Fact]
    public void Encode_FromManyThreads_GivesTheSameIdsAsAlone()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Intro {i}: I’m learning to live with my diagnosis. Café {i}").ToArray();
        var alone = texts.Select(t => Sut.Encode(t, MiniLm.MaxLength).InputIds).ToArray();

        var together = texts.AsParallel().WithDegreeOfParallelism(4)
            .Select(t => Sut.Encode(t, MiniLm.MaxLength).InputIds).ToArray();

        Assert.Equal(alone, together);
    }
}

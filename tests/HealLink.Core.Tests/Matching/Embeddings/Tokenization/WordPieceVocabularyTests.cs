using System.Text;
using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

public sealed class WordPieceVocabularyTests
{
    private const string Minimal = "[PAD]\n[UNK]\n[CLS]\n[SEP]\nplay\n##ing\n";

    [Fact]
    public void Load_MiniLmVocabulary_Has30522TokensIdentifiedByLine()
    {
        var sut = WordPieceVocabulary.Load(MiniLm.VocabularyPath);

        Assert.Equal(30522, sut.Count);
        Assert.Equal("[PAD]", sut.GetToken(0));
        Assert.True(sut.TryGetId("hello", out var id));
        Assert.Equal(7592, id);
        Assert.Equal("hello", sut.GetToken(id));
    }

    [Fact]
    public void Load_Stream_ReadsOneTokenALineWithoutTrailingWhitespace()
    {
        var sut = Load("[PAD]\r\n[UNK] \n[CLS]\n[SEP]\nplay\n##ing");

        Assert.Equal(6, sut.Count);
        Assert.Equal((0, 1, 2, 3), (sut.PadId, sut.UnknownId, sut.ClassifierId, sut.SeparatorId));
        Assert.True(sut.TryGetId("##ing".AsSpan(), out var id));
        Assert.Equal(5, id);
        Assert.False(sut.TryGetId("ing", out _));
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-vocab-{Guid.NewGuid():N}.txt");

        var exception = Assert.Throws<FileNotFoundException>(() => WordPieceVocabulary.Load(path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PAD]")]
    [InlineData("[UNK]")]
    [InlineData("[CLS]")]
    [InlineData("[SEP]")]
    public void Load_WithoutASpecialToken_ThrowsNamingTheSourceAndToken(string missing)
    {
        var exception = Assert.Throws<InvalidDataException>(() => Load(Minimal.Replace(missing, "x", StringComparison.Ordinal)));

        Assert.Contains("test-vocab.txt", exception.Message, StringComparison.Ordinal);
        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetToken_IdOutOfRange_Throws()
    {
        var sut = Load(Minimal);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.GetToken(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.GetToken(-1));
    }

    private static WordPieceVocabulary Load(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return WordPieceVocabulary.Load(stream, "test-vocab.txt");
    }
}

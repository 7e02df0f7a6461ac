using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

public sealed class BertNormalizerTests
{
    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("ÅNGSTRÖM Ελληνικά", "angstrom ελληνικα")]
    [InlineData("Ὅμηρος", "ομηρος")]
    [InlineData("e\u0301", "e")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Tiếng Việt", "tieng viet")]
    public void Normalize_AccentsAndCapitals_AreStripped(string text, string expected)
    {
        Assert.Equal(expected, BertNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("a\tb\r\nc", "a b  c")]
    [InlineData("a\u00A0b\u2003c\u3000d\u2028e", "a b c d e")]
    [InlineData("foot\fball", "football")]
    [InlineData("foot\u0000ball\u0007", "football")]
    [InlineData("zero\u200Bwidth\u200Djoiner\uFEFF", "zerowidthjoiner")]
    [InlineData("private\uE000use", "privateuse")]
    [InlineData("lone\uD800surrogate\uFFFD", "lonesurrogate")]
    public void Normalize_WhitespaceAndControls_BecomeSpacesOrVanish(string text, string expected)
    {
        Assert.Equal(expected, BertNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("我们", " 我  们 ")]
    [InlineData("\uF900", " \u8C48 ")]
    [InlineData("\U00020000x", " \U00020000 x")]
    [InlineData("ひらがな", "ひらかな")] // the voicing mark decomposes to a nonspacing mark, so it is stripped too
    public void Normalize_CjkIdeographs_AreSpacedApartButKanaIsNot(string text, string expected)
    {
        Assert.Equal(expected, BertNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_HangulSyllable_DecomposesToItsJamo()
    {
        Assert.Equal("\u1112\u1161\u11AB\u1100\u1173\u11AF", BertNormalizer.Normalize("한글"));
    }

    [Fact]
    public void Normalize_GreekVaria_DecomposesToAGraveAccentWhichIsPunctuation()
    {
        Assert.Equal("a`b", BertNormalizer.Normalize("a\u1FEFb"));
        Assert.Equal(["[CLS]", "a", "`", "b", "[SEP]"], MiniLm.Encode("a\u1FEFb"));
    }
}

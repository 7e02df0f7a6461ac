using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Onboarding;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("  Maria \r\n", "Maria")]
    [InlineData("Ma\u0000ri\u0007a", "Maria")]
    [InlineData("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour")]
    [InlineData("hip\treplacement", "hip replacement")]
    [InlineData("\u0001\u0002\u001b", "")]
    [InlineData(null, "")]
    public void Clean_ControlCharactersAndLineBreaks_AreNormalised(string? raw, string expected)
    {
        Assert.Equal(expected, FreeText.Clean(raw));
    }

    [Theory]
    [InlineData("👨‍👩‍👧", 1)]
    [InlineData("🇪🇸", 1)]
    [InlineData("José", 4)]
    [InlineData("Jose\u0301", 4)]
    public void Length_CountsWhatAPersonSeesAsOneCharacter(string text, int expected)
    {
        Assert.Equal(expected, FreeText.Length(text));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \u00A0 ", true)]
    [InlineData("\u200B\uFEFF", true)]
    [InlineData(" a ", false)]
    public void IsBlank_OnlyInvisibleCharacters_IsBlank(string text, bool expected)
    {
        Assert.Equal(expected, FreeText.IsBlank(text));
    }

    [Fact]
    public void Shorten_LongEmojiText_CutsOnWholeCharacters()
    {
        var shortened = FreeText.Shorten(string.Concat(Enumerable.Repeat("👨‍👩‍👧", 10)), 4);

        Assert.Equal("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧…", shortened);
    }

    [Fact]
    public void Count_Thousands_UsesASeparator()
    {
        Assert.Equal("1,234", FreeText.Count(1234));
    }
}

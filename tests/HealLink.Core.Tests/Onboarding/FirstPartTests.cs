using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Onboarding;

/// <summary>Where an answer past its limit is cut when the person keeps its first part: where a reader would stop.</summary>
public sealed class FirstPartTests
{
    [Fact]
    public void Of_TextWithinTheLimit_IsUnchanged()
    {
        Assert.Equal("Weekday evenings", FirstPart.Of("Weekday evenings", 16));
    }

    [Fact]
    public void Of_ASentenceEndsInTheSecondHalf_CutsAfterThatSentence()
    {
        Assert.Equal("I was scared.", FirstPart.Of("I was scared. The nurses were kind", 24));
    }

    [Fact]
    public void Of_TheOnlySentenceEndIsEarly_CutsAfterTheLastWholeWord()
    {
        Assert.Equal("One two. Three four", FirstPart.Of("One two. Three four five six", 20));
    }

    [Fact]
    public void Of_TheLimitFallsBetweenWords_KeepsEveryWordWithoutADanglingComma()
    {
        Assert.Equal("Weekday evenings", FirstPart.Of("Weekday evenings, weekends too", 17));
    }

    [Fact]
    public void Of_ALineBreakFits_CutsThere()
    {
        Assert.Equal("First line", FirstPart.Of("First line\nSecond line goes on", 16));
    }

    [Fact]
    public void Of_AQuoteClosesTheSentence_KeepsTheQuote()
    {
        Assert.Equal("She said \"wait.\"", FirstPart.Of("She said \"wait.\" Then more words", 20));
    }

    [Fact]
    public void Of_OneEndlessWord_CutsAtTheLimit()
    {
        Assert.Equal(new string('a', 10), FirstPart.Of(new string('a', 30), 10));
    }

    [Fact]
    public void Of_Emoji_CutsOnWholeCharacters()
    {
        var part = FirstPart.Of(string.Concat(Enumerable.Repeat("😀", 30)), 10);

        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 10)), part);
    }

    [Fact]
    public void Ending_ALongPart_ShowsItsLastWholeWordsAfterAnEllipsis()
    {
        var part = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}")) + ".";

        var ending = FirstPart.Ending(part);

        Assert.StartsWith("…word", ending, StringComparison.Ordinal);
        Assert.EndsWith(" word40.", ending, StringComparison.Ordinal);
        Assert.True(FreeText.Length(ending) <= 51, ending);
    }

    [Fact]
    public void Ending_AShortPart_IsThePartOnOneLine()
    {
        Assert.Equal("Weekday evenings, weekends", FirstPart.Ending("Weekday evenings,\nweekends"));
    }
}

using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Safety;

public sealed class PhrasePatternTests
{
    [Theory]
    [InlineData("kill myself", "i want to kill myself", true)]
    [InlineData("kill myself", "my skill myself", false)]
    [InlineData("suicid*", "feeling suicidal", true)]
    [InlineData("suicid*", "quiero suicidarme", true)]
    [InlineData("hope i * dont wake up", "i hope i just dont wake up", true)]
    [InlineData("hope i * dont wake up", "i hope i dont wake up", false)]
    [InlineData("no quiero vivir", "No quiero vivir más", true)]
    [InlineData("hacerme daño", "quiero hacerme dano", true)]
    [InlineData("self harm*", "self-harming again", true)]
    public void MatchesAt_FoldedWords_MatchesWholeWordsPrefixesAndWildcards(string phrase, string text, bool expected)
    {
        var sut = new PhrasePattern(phrase);
        var words = CrisisText.Words(text);

        var found = Enumerable.Range(0, words.Count).Any(start => sut.MatchesAt(words, start));

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Constructor_PhraseWithoutWords_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PhrasePattern("* ?"));
    }
}

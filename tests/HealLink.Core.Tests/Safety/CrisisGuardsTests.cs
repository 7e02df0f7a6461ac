using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Safety;

public sealed class CrisisGuardsTests
{
    [Fact]
    public void Unguarded_NoBenignPhrase_ReturnsTheTextAsWritten()
    {
        // As written, not folded: the model reads punctuation and accents too.
        Assert.Equal("Nobody would care if I vanished.", CrisisGuards.Unguarded("Nobody would care if I vanished."));
    }

    [Theory]
    [InlineData("No quiero morirme, quiero ver crecer a mis nietos", "quiero ver crecer a mis nietos")]
    [InlineData("this pain is killing me", "this pain is")]
    [InlineData("I don't want to die on the table but I want to die", "i on the table but i want to die")]
    public void Unguarded_BenignPhrase_LeavesTheOtherWords(string text, string expected)
    {
        Assert.Equal(expected, CrisisGuards.Unguarded(text));
    }

    [Fact]
    public void Unguarded_OnlyABenignPhrase_ReturnsTheTextAsWritten()
    {
        Assert.Equal("Don't want to die!", CrisisGuards.Unguarded("Don't want to die!"));
    }
}

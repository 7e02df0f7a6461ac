using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Safety;

public sealed class CrisisDetectorTests
{
    private readonly CrisisDetector _sut = new();

    [Theory]
    [InlineData("Some days I want to kill myself")]
    [InlineData("I just want to END MY LIFE.")]
    [InlineData("honestly i want to die")]
    [InlineData("I've thought about suicide")]
    [InlineData("I keep wanting to hurt myself")]
    [InlineData("There's no reason to live anymore")]
    [InlineData("I don't want to live like this")]
    [InlineData("I don’t want to live")]
    [InlineData("feeling suicidal tonight")]
    [InlineData("I'd be better off dead")]
    [InlineData("kill\nmyself")]
    public void IsCrisis_CrisisPhrase_Fires(string text)
    {
        Assert.True(_sut.IsCrisis(text));
    }

    [Theory]
    [InlineData("I'm dying to meet someone who has been through this")]
    [InlineData("I don't want to die on the operating table, I'm so scared")]
    [InlineData("I'm afraid to die during surgery")]
    [InlineData("This physio is killing it")]
    [InlineData("My skill myself is cooking")]
    [InlineData("The recovery took my life in a new direction")]
    [InlineData("I hurt my knee")]
    [InlineData("")]
    [InlineData(null)]
    public void IsCrisis_OrdinaryText_DoesNotFire(string? text)
    {
        Assert.False(_sut.IsCrisis(text));
    }

    [Fact]
    public void IsCrisis_TenKilobytesOfEmoji_DoesNotThrow()
    {
        Assert.False(_sut.IsCrisis(string.Concat(Enumerable.Repeat("😀", 5000))));
    }

    [Fact]
    public void CrisisReply_ListsEmergencyNumbersAndClaimsNoNotification()
    {
        Assert.Contains("112 in Europe, 911 in the US and Canada, 999 in the UK", CrisisReply.Text, StringComparison.Ordinal);
        Assert.Contains("crisis line", CrisisReply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("notified", CrisisReply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("coordinator", CrisisReply.Text, StringComparison.OrdinalIgnoreCase);
    }
}

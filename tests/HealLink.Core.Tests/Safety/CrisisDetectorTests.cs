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

    [Theory]
    // The misses issue 10 names, and their spellings without accents or in capitals.
    [InlineData("I'd rather be dead than go through this")]
    [InlineData("I just want it all to end")]
    [InlineData("no quiero vivir más")]
    [InlineData("No quiero vivir mas")]
    [InlineData("NO QUIERO VIVIR MÁS")]
    [InlineData("me quiero morir")]
    [InlineData("quiero suicidarme")]
    [InlineData("I don't want to die on the table, but some days I want to die")]
    // Indirect wording, burden with being gone, plans, goodbyes and self-harm.
    [InlineData("honestly i cant do this anymore")]
    [InlineData("my husband would be happier without me")]
    [InlineData("i've got my oxy saved up, pills saved for a bad night")]
    [InlineData("you won't hear from me again")]
    [InlineData("i punch walls until my hands bleed")]
    [InlineData("quisiera dormir para siempre")]
    [InlineData("mis padres descansarían si me muriera")]
    [InlineData("ya no van a saber más de mí")]
    [InlineData("me volví a cortar anoche")]
    [InlineData("ojalá pudiera morirme ya")]
    [InlineData("started cutting my legs again last week")]
    public void IsCrisis_CrisisInEnglishOrSpanish_Fires(string text)
    {
        Assert.True(_sut.IsCrisis(text));
    }

    [Theory]
    [InlineData("I'm scared I'll die on the table")]
    [InlineData("tengo miedo de morir en la operación")]
    [InlineData("me muero de ganas de conocerte")]
    [InlineData("no me quiero morir, tengo hijos")]
    [InlineData("this pain is killing me")]
    [InlineData("my dad died after his transplant")]
    [InlineData("my uncle committed suicide when I was young")]
    [InlineData("mi tío se suicidó hace años")]
    [InlineData("That option does not exist")]
    [InlineData("i'm scared but i'll go through with the surgery")]
    [InlineData("what if i didnt wake up tomorrow after the op")]
    [InlineData("you won't hear from me for a week, surgery tomorrow!")]
    [InlineData("i burnt my arm on the oven making dinner")]
    [InlineData("cuántas pastillas tengo que tomar por la mañana?")]
    [InlineData("me da miedo no volver a despertar de la anestesia")]
    [InlineData("tengo miedo de no estar viva para la boda de mi hija")]
    [InlineData("la tarta de mi madre está para morirse")]
    [InlineData("me preguntaron por autolesiones en la consulta y dije que no")]
    [InlineData("they screened me for depression and self-harm, all clear")]
    [InlineData("that video killed me lol")]
    public void IsCrisis_HardNegative_DoesNotFire(string text)
    {
        Assert.False(_sut.IsCrisis(text));
    }

    [Fact]
    public void Find_SpanishCrisis_NamesLanguageAndPhrase()
    {
        Assert.Equal(new CrisisMatch("es", "no quiero vivir"), _sut.Find("ya no quiero vivir más"));
    }

    [Fact]
    public void Find_EnglishCrisis_NamesTheListedPhrase()
    {
        Assert.Equal(new CrisisMatch("en", "suicid*"), _sut.Find("Feeling SUICIDAL tonight"));
    }

    [Fact]
    public void Find_OrdinaryText_IsNull()
    {
        Assert.Null(_sut.Find("Kidney transplant in March, home after ten days"));
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
        Assert.Contains("988 in the US, Samaritans 116 123 in the UK and Ireland, 024 in Spain", CrisisReply.Text, StringComparison.Ordinal);
        Assert.Contains("crisis line", CrisisReply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("notified", CrisisReply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("coordinator", CrisisReply.Text, StringComparison.OrdinalIgnoreCase);
    }
}

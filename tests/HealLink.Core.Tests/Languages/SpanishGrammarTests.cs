using HealLink.Core.Languages;

namespace HealLink.Core.Tests.Languages;

public sealed class SpanishGrammarTests
{
    [Theory]
    [InlineData(2 * 24 * 60, "dos días")]
    [InlineData(24 * 60, "un día")]
    [InlineData(10 * 24 * 60, "10 días")]
    [InlineData(12 * 60, "12 horas")]
    [InlineData(60, "una hora")]
    [InlineData(30, "30 minutos")]
    [InlineData(1, "un minuto")]
    public void InWords_ConfiguredDuration_SaysItAsPeopleDo(int minutes, string expected)
    {
        Assert.Equal(expected, SpanishDurations.InWords(TimeSpan.FromMinutes(minutes)));
    }

    [Theory]
    [InlineData("Ana", "Ana")]
    [InlineData("Ana|Luis", "Ana y Luis")]
    [InlineData("Ana|Luis|Marta", "Ana, Luis y Marta")]
    [InlineData("Ana|Inés", "Ana e Inés")]
    [InlineData("Ana|Hilda", "Ana e Hilda")]
    [InlineData("Ana|Hierónimo", "Ana y Hierónimo")]
    public void List_Names_JoinsThemWithTheRightAnd(string names, string expected)
    {
        Assert.Equal(expected, SpanishText.List(names.Split('|')));
    }
}

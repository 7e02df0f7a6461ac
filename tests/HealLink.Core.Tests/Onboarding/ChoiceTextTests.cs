using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Onboarding;

public sealed class ChoiceTextTests
{
    private static readonly IReadOnlyList<ChoiceOption> _options =
    [
        new("a", "18–29"), new("b", "Family and relationships"), new("c", "English"), new("d", "Spanish"),
    ];

    [Theory]
    [InlineData("2", "b")]
    [InlineData(" 3. ", "c")]
    [InlineData("ENGLISH", "c")]
    [InlineData("18-29", "a")]
    [InlineData("family  and relationships", "b")]
    [InlineData("d", "d")]
    [InlineData("Énglish", "c")]
    public void MatchOne_NumberLabelOrKey_FindsTheOption(string typed, string expectedKey)
    {
        var result = ChoiceText.MatchOne(typed, _options);

        Assert.Equal(expectedKey, Assert.IsType<TypedChoice.Found>(result).Option.Key);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("99999999999999999999")]
    public void MatchOne_NumberOutsideTheOptions_IsOutOfRange(string typed)
    {
        Assert.IsType<TypedChoice.OutOfRange>(ChoiceText.MatchOne(typed, _options));
    }

    [Theory]
    [InlineData("")]
    [InlineData("french")]
    [InlineData("-1")]
    public void MatchOne_SomethingElse_IsNotFound(string typed)
    {
        Assert.IsType<TypedChoice.NotFound>(ChoiceText.MatchOne(typed, _options));
    }

    [Theory]
    [InlineData("1, 3", new[] { "a", "c" })]
    [InlineData("3 4", new[] { "c", "d" })]
    [InlineData("English and Spanish", new[] { "c", "d" })]
    [InlineData("english AND spanish", new[] { "c", "d" })]
    [InlineData("Family and relationships, 4", new[] { "b", "d" })]
    [InlineData("english;\nspanish", new[] { "c", "d" })]
    [InlineData("English y Spanish", new[] { "c", "d" })]
    [InlineData("spanish e english", new[] { "d", "c" })]
    public void MatchMany_TypedList_FindsEachOption(string typed, string[] expectedKeys)
    {
        var items = ChoiceText.MatchMany(typed, _options);

        Assert.Equal(expectedKeys, items.Select(i => Assert.IsType<TypedChoice.Found>(i.Match).Option.Key));
    }

    [Fact]
    public void MatchMany_UnknownItem_IsKeptAsTypedAndNotFound()
    {
        var items = ChoiceText.MatchMany("English, Tagalog", _options);

        Assert.Equal("Tagalog", items[1].Text);
        Assert.IsType<TypedChoice.NotFound>(items[1].Match);
    }
}

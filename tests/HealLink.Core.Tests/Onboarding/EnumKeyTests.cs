using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Onboarding;

public sealed class EnumKeyTests
{
    [Theory]
    [InlineData(Stage.RecoveringLongTerm, "recovering-long-term")]
    [InlineData(Stage.MoreThanThreeYearsAgo, "more-than-three-years-ago")]
    [InlineData(AgeRange.From18To29, "from-18-to-29")]
    [InlineData(AgeRange.From75, "from-75")]
    public void Of_EnumMember_IsKebabCase(Enum value, string expected)
    {
        var key = value switch
        {
            Stage stage => EnumKey.Of(stage),
            AgeRange age => EnumKey.Of(age),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };

        Assert.Equal(expected, key);
    }

    [Fact]
    public void Parse_EveryKey_RoundTrips()
    {
        Assert.All(Enum.GetValues<Stage>(), s => Assert.Equal(s, EnumKey.Parse<Stage>(EnumKey.Of(s))));
        Assert.All(Enum.GetValues<AgeRange>(), a => Assert.Equal(a, EnumKey.Parse<AgeRange>(EnumKey.Of(a))));
        Assert.All(Enum.GetValues<Gender>(), g => Assert.Equal(g, EnumKey.Parse<Gender>(EnumKey.Of(g))));
        Assert.All(Enum.GetValues<Role>(), r => Assert.Equal(r, EnumKey.Parse<Role>(EnumKey.Of(r))));
    }

    [Fact]
    public void Parse_UnknownKey_IsNull()
    {
        Assert.Null(EnumKey.Parse<Stage>("nope"));
        Assert.Null(EnumKey.Parse<Stage>(null));
    }
}

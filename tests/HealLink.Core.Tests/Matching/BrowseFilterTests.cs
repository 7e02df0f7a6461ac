using HealLink.Core.Matching;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

public sealed class BrowseFilterTests
{
    public static TheoryData<BrowseFilter> Filters => new()
    {
        BrowseFilter.Any,
        new BrowseFilter(1, Gender.Woman, AgeRange.From30To44, true, false),
        new BrowseFilter(0, Gender.NonBinary, AgeRange.From75, false, true),
        new BrowseFilter(9, Gender.Man, null, true, true),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Parse_WhatEncodeWrote_GivesTheSameFilterInFiveCharacters(BrowseFilter filter)
    {
        var code = filter.Encode();

        Assert.Equal(5, code.Length);
        Assert.Equal(filter, BrowseFilter.Parse(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-----")]
    [InlineData("--x00")]
    [InlineData("-w900")]
    [InlineData("a-000")]
    [InlineData("--002")]
    [InlineData("--0000")]
    public void Parse_NotAFilter_IsNull(string? code)
    {
        Assert.Null(BrowseFilter.Parse(code));
    }

    [Fact]
    public void Matches_EachFilter_LetsThroughOnlyWhatItSays()
    {
        var mentee = Profiles.Mentee(p => (p.Languages, p.Hospital) = (["English", "Spanish"], "St Mary's")).Profile;
        var sam = Profiles.Mentor(2, p => (p.AgeRange, p.Hospital, p.ProcedureText) = (AgeRange.From45To59, "St Marys", "Kidney transplantation")).Profile;

        Assert.True(BrowseFilter.Any.Matches(mentee, sam));
        Assert.True((BrowseFilter.Any with { Language = 1 }).Matches(mentee, sam));
        Assert.False((BrowseFilter.Any with { Gender = Gender.Woman }).Matches(mentee, sam));
        Assert.True((BrowseFilter.Any with { Age = AgeRange.From45To59 }).Matches(mentee, sam));
        Assert.False((BrowseFilter.Any with { Age = AgeRange.From18To29 }).Matches(mentee, sam));
        Assert.True((BrowseFilter.Any with { SameProcedure = true, SameHospital = true }).Matches(mentee, sam));
        var tom = Profiles.Mentor(3, p => p.ProcedureText = "liver transplant").Profile;
        Assert.False((BrowseFilter.Any with { SameProcedure = true }).Matches(mentee, tom));
    }
}

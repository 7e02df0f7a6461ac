using HealLink.Core.Matching;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

public sealed class HardFiltersTests
{
    [Fact]
    public void Check_ApprovedMentorWithRoomAndALanguage_IsEligible()
    {
        Assert.Null(HardFilters.Check(Profiles.Mentee(), Profiles.Mentor(2)));
    }

    [Theory]
    [InlineData(VettingStatus.Pending)]
    [InlineData(VettingStatus.Rejected)]
    [InlineData(VettingStatus.Suspended)]
    public void Check_MentorNotApproved_IsNeverOffered(VettingStatus status)
    {
        var mentor = Profiles.Mentor(2, p => p.VettingStatus = status);

        Assert.Equal(Ineligibility.NotAnApprovedMentor, HardFilters.Check(Profiles.Mentee(), mentor));
    }

    [Fact]
    public void Check_AnotherMentee_IsNotAMentor()
    {
        var other = Profiles.Mentor(2, p => (p.Role, p.VettingStatus) = (Role.Mentee, null));

        Assert.Equal(Ineligibility.NotAnApprovedMentor, HardFilters.Check(Profiles.Mentee(), other));
    }

    [Fact]
    public void Check_MentorUnfinished_IsNotOffered()
    {
        Assert.Equal(Ineligibility.NotAnApprovedMentor, HardFilters.Check(Profiles.Mentee(), Profiles.Mentor(2, p => p.CompletedAt = null)));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    public void Check_MentorAtOrOverCapacity_IsSkipped(int capacity, int active)
    {
        var mentor = Profiles.Mentor(2, p => p.Capacity = capacity, activeMentees: active);

        Assert.Equal(Ineligibility.AtCapacity, HardFilters.Check(Profiles.Mentee(), mentor));
    }

    [Fact]
    public void Check_NoLanguageInCommon_IsSkipped()
    {
        var mentor = Profiles.Mentor(2, p => p.Languages = ["French"]);

        Assert.Equal(Ineligibility.NoSharedLanguage, HardFilters.Check(Profiles.Mentee(), mentor));
    }

    [Fact]
    public void Check_LanguagesCompareWithoutCase()
    {
        Assert.Null(HardFilters.Check(Profiles.Mentee(p => p.Languages = ["tagalog"]), Profiles.Mentor(2, p => p.Languages = ["Tagalog"])));
    }

    [Theory]
    [InlineData(Gender.Man, null)]
    [InlineData(Gender.Woman, Ineligibility.NotThePreferredGender)]
    [InlineData(Gender.NonBinary, Ineligibility.NotThePreferredGender)]
    public void Check_MenteePrefersAGender_OnlyThatGenderIsOffered(Gender preferred, Ineligibility? expected)
    {
        var mentee = Profiles.Mentee(p => p.GenderPreference = preferred);

        Assert.Equal(expected, HardFilters.Check(mentee, Profiles.Mentor(2)));
    }

    [Fact]
    public void Check_MentorWhoGaveNoGender_IsNotOfferedToSomeoneWithAPreference()
    {
        var mentee = Profiles.Mentee(p => p.GenderPreference = Gender.Man);

        Assert.Equal(Ineligibility.NotThePreferredGender, HardFilters.Check(mentee, Profiles.Mentor(2, p => p.Gender = null)));
    }

    [Fact]
    public void Check_MentorBlockedOrDeclinedBefore_IsExcluded()
    {
        Assert.Equal(Ineligibility.Excluded, HardFilters.Check(Profiles.Mentee(excluded: 2), Profiles.Mentor(2)));
    }

    [Fact]
    public void Check_Themselves_IsNeverOffered()
    {
        Assert.Equal(Ineligibility.Themselves, HardFilters.Check(Profiles.Mentee(), Profiles.Mentor(1)));
    }
}

using System.Reflection;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Onboarding;

public sealed class OnboardingCopyTests
{
    [Fact]
    public void SpanishOnboardingCopy_EveryVirtualMember_IsOverridden()
    {
        const BindingFlags members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var english = typeof(OnboardingCopy).GetMethods(members | BindingFlags.DeclaredOnly).Where(m => m.IsVirtual && !m.IsFinal);
        var overridden = typeof(SpanishOnboardingCopy).GetMethods(members | BindingFlags.DeclaredOnly)
            .Select(m => m.GetBaseDefinition().MetadataToken)
            .ToHashSet();

        var missing = english.Where(m => !overridden.Contains(m.MetadataToken)).Select(m => m.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void For_EachCopy_IsFoundByItsLanguage()
    {
        Assert.All(OnboardingCopy.All, sut => Assert.Same(sut, OnboardingCopy.For(sut.Language)));
    }

    [Fact]
    public void Relabel_SpanishOptionLists_KeepKeysAndStoreTheEnglishLabels()
    {
        var sut = OnboardingCopy.Spanish;

        Assert.Equal(OptionLists.Languages.Select(o => (o.Key, o.Label)), sut.LanguageOptions.Select(o => (o.Key, o.Stored)));
        Assert.Equal(OptionLists.Interests.Select(o => (o.Key, o.Label)), sut.InterestOptions.Select(o => (o.Key, o.Stored)));
        Assert.Equal("Español", sut.LanguageOptions.Single(o => o.Key == "es").Label);
    }

    [Fact]
    public void TimeZoneLabel_Spanish_TranslatesEveryPlaceWithAnotherSpanishName()
    {
        var sut = OnboardingCopy.Spanish;

        var same = TimeZoneChoices.All.Where(c => sut.TimeZoneLabel(c) == c.Label).Select(c => c.Label);

        Assert.Equal(["Bogotá, Lima", "Buenos Aires", "India"], same);
    }
}

using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

/// <summary>/timezone: the one way we learn where someone sleeps, so reminders keep to their day.</summary>
public sealed class TimeZoneCommandTests
{
    private readonly Chat _chat = new(new ConversationHandler(new FixedTimeProvider(new DateTimeOffset(2026, 12, 7, 21, 45, 0, TimeSpan.Zero))));

    [Fact]
    public void TimeZone_PlaceChosen_IsSavedAndTheirLocalTimeIsShown()
    {
        _chat.Run(Scripts.MenteeByButtons);

        var question = _chat.Send("/timezone");
        var saved = _chat.Press("Spain, France, Germany, Italy");

        Assert.Equal(OnboardingCopy.English.TimeZonePrompt, Assert.Single(question).Text);
        Assert.Equal("Europe/Madrid", _chat.Profile.TimeZone);
        Assert.StartsWith("Saved: Spain, France, Germany, Italy. It's 22:45 there now.", Assert.Single(saved).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeZone_BeforeConsent_IsNotStored()
    {
        _chat.Send("hi");
        _chat.Send("/timezone");

        var replies = _chat.Press("India");

        Assert.Equal(OnboardingCopy.English.TimeZoneConsentFirst, Assert.Single(replies).Text);
        Assert.Null(_chat.Profile.TimeZone);
        Assert.Equal(OnboardingCopy.English.Welcome, _chat.Transcript[0].Text);
    }
}

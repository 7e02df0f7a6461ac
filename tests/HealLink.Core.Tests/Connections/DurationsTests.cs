using HealLink.Core.Connections;

namespace HealLink.Core.Tests.Connections;

/// <summary>Configured timings read as people say them, so copy never promises a default that was changed.</summary>
public sealed class DurationsTests
{
    [Theory]
    [InlineData(48 * 60, "two days")]
    [InlineData(24 * 60, "a day")]
    [InlineData(23 * 60 + 40, "a day")]
    [InlineData(7 * 24 * 60, "seven days")]
    [InlineData(14 * 24 * 60, "14 days")]
    [InlineData(12 * 60, "12 hours")]
    [InlineData(60, "an hour")]
    [InlineData(30, "30 minutes")]
    [InlineData(0, "a minute")]
    public void InWords_Duration_ReadsAsPeopleSayIt(int minutes, string words) =>
        Assert.Equal(words, Durations.InWords(TimeSpan.FromMinutes(minutes)));
}

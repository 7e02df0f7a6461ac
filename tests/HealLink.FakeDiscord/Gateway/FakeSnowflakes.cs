using System.Globalization;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>Unique, increasing snowflake ids (as strings) for users, channels, messages and interactions.</summary>
internal sealed class FakeSnowflakes
{
    private long _last = 1_100_000_000_000_000_000;

    public string Next() => Interlocked.Increment(ref _last).ToString(CultureInfo.InvariantCulture);
}

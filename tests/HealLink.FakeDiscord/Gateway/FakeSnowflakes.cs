using System.Globalization;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>Unique, increasing snowflake ids (as strings) for users, channels, messages and interactions.</summary>
internal sealed class FakeSnowflakes
{
    // Above the application id REST uses (1100000000000000001), which the Gateway also announces.
    private long _last = 1_100_000_000_000_000_100;

    public string Next() => Interlocked.Increment(ref _last).ToString(CultureInfo.InvariantCulture);
}

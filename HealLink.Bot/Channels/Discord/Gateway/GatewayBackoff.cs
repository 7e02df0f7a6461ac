namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Reconnect delays as Discord.Net's ConnectionManager has them: 1 s, doubling with ±250 ms jitter so a fleet of
/// clients does not reconnect in step, capped at 60 s, back to 1 s once a session is READY or RESUMED again.
/// </summary>
internal sealed class GatewayBackoff(Random random)
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Jitter = TimeSpan.FromMilliseconds(250);

    private TimeSpan _next = First;

    public TimeSpan Next()
    {
        var jitter = Jitter * ((random.NextDouble() * 2) - 1);
        var delay = _next + jitter;
        _next = _next * 2 < Max ? _next * 2 : Max;
        return delay < Max ? delay : Max;
    }

    public void Reset() => _next = First;
}

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

/// <summary>Jitter that is always the same, so heartbeat and back-off timings can be asserted exactly.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}

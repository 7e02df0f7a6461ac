using HealLink.Core.Service.Health;

namespace HealLink.Bot.Channels;

/// <summary>
/// Whether one chat platform works for this process, as its receiving code last found: what the process reports
/// to the admin panel's health page. Thread-safe: the receiving loop writes it, the status reporter reads it.
/// </summary>
public sealed class ChannelStatus(string name, TimeProvider timeProvider)
{
    private ChannelReport _current = new(name, false, "starting", timeProvider.GetUtcNow());

    public ChannelReport Current => Volatile.Read(ref _current);

    public void Healthy(string state) => Set(true, state);

    public void Unhealthy(string problem) => Set(false, problem);

    // "Since" is when it last turned healthy or unhealthy: a new problem while already failing keeps the time it started.
    private void Set(bool healthy, string state)
    {
        var before = Current;
        var since = before.Healthy == healthy ? before.Since : timeProvider.GetUtcNow();
        Volatile.Write(ref _current, before with { Healthy = healthy, State = state, Since = since });
    }
}

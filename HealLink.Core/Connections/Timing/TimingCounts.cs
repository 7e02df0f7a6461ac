namespace HealLink.Core.Connections.Timing;

/// <summary>What one run of <see cref="ConnectionTimekeeper"/> did.</summary>
public sealed record TimingCounts(int Expired, int Reminded, int CheckedIn)
{
    public static TimingCounts None { get; } = new(0, 0, 0);

    public int Total => Expired + Reminded + CheckedIn;

    internal static TimingCounts Of(IReadOnlyCollection<TimedAction> done) => new(
        done.Count(a => a.Kind == TimedActionKind.Expiry),
        done.Count(a => a.Kind == TimedActionKind.Reminder),
        done.Count(a => a.Kind == TimedActionKind.CheckIn));
}

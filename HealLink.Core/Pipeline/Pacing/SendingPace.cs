namespace HealLink.Core.Pipeline.Pacing;

/// <summary>
/// One person's sending pace, kept as a single time (the generic cell rate algorithm's "theoretical arrival time"):
/// each message moves it on by <c>Window / MessagesPerWindow</c>, and a message is on pace while it stays within one
/// window of now. A message over the pace is still handled at once — nothing anyone sends is dropped — but what it
/// passes on to other people waits by how far over it is, so a flood reaches them at the even pace instead.
/// </summary>
public static class SendingPace
{
    /// <summary>The pace after one more message, and how long what it passes on waits (zero when on pace).</summary>
    public static PaceStep Take(DateTimeOffset? pacedUntil, DateTimeOffset now, PacingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var interval = options.Window / options.MessagesPerWindow;
        var next = (pacedUntil is { } until && until > now ? until : now) + interval;
        var over = next - now - options.Window;
        if (over <= TimeSpan.Zero)
        {
            return new PaceStep(next, TimeSpan.Zero, StartsSlowing: false);
        }

        // Each message adds at most one interval, and time only takes it away: the first message over the pace is
        // the one over by no more than one interval. Later ones in the same flood are further over.
        return new PaceStep(next, over, StartsSlowing: over <= interval);
    }
}

/// <param name="PacedUntil">What to remember for the next message.</param>
/// <param name="Delay">How long what this message passes on to others waits.</param>
/// <param name="StartsSlowing">The first message over the pace: the sender is told, once.</param>
public sealed record PaceStep(DateTimeOffset PacedUntil, TimeSpan Delay, bool StartsSlowing);

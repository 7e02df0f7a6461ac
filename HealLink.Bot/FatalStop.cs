namespace HealLink.Bot;

/// <summary>
/// Why the bot stopped itself while running (a platform rejected its token): the host stops, and Program prints the
/// reason and exits with an error code instead of a quiet 0.
/// </summary>
public sealed class FatalStop(IHostApplicationLifetime lifetime)
{
    private string? _reason;

    public string? Reason => Volatile.Read(ref _reason);

    public void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        lifetime.StopApplication();
    }
}

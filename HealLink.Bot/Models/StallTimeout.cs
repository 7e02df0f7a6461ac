namespace HealLink.Bot.Models;

/// <summary>
/// Gives up when the server sends nothing for a while, however long the whole download takes: restarted before each
/// wait, its token is cancelled only when one wait outlasts the limit. HttpClient.Timeout cannot do this: it would cap
/// the whole transfer, which on a slow line can rightly take many minutes.
/// </summary>
internal sealed class StallTimeout(TimeSpan limit, CancellationToken cancellationToken) : IDisposable
{
    private readonly CancellationTokenSource _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

    public TimeSpan Limit => limit;

    public CancellationToken Token => _source.Token;

    /// <summary>True when the limit, not the caller, cancelled <see cref="Token"/>.</summary>
    public bool HasExpired => _source.IsCancellationRequested && !cancellationToken.IsCancellationRequested;

    public void Restart() => _source.CancelAfter(limit);

    public void Dispose() => _source.Dispose();
}

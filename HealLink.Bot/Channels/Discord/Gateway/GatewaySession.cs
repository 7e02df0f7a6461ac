namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// What a RESUME needs: session id, resume URL and the last sequence seen. The receive loop writes the sequence while
/// the heartbeat loop reads it, hence the interlocked field; the rest changes only between connections.
/// </summary>
internal sealed class GatewaySession
{
    private const long None = -1;

    private long _sequence = None;

    public string? SessionId { get; private set; }

    public Uri? ResumeGatewayUrl { get; private set; }

    public long? Sequence => Interlocked.Read(ref _sequence) is var value && value == None ? null : value;

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null && Sequence is not null;

    public void Observe(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Start(string sessionId, Uri resumeGatewayUrl)
    {
        SessionId = sessionId;
        ResumeGatewayUrl = resumeGatewayUrl;
    }

    /// <summary>After op 9 d:false, 4007 or 4009: the next connection identifies afresh.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeGatewayUrl = null;
        Interlocked.Exchange(ref _sequence, None);
    }
}

namespace HealLink.FakeDiscord.Gateway;

/// <summary>
/// One Gateway session: its sequence and every numbered dispatch it was sent, so a Resume can replay what the client
/// missed. Guarded by the state's lock.
/// </summary>
internal sealed class FakeGatewaySession(string id)
{
    private readonly List<(long Sequence, string Frame)> _sent = [];

    public string Id { get; } = id;

    public long Sequence { get; private set; }

    /// <summary>The connection that receives live dispatches; null while the client is away.</summary>
    public FakeGatewayConnection? Connection { get; set; }

    public long Number() => ++Sequence;

    public void Remember(long sequence, string frame) => _sent.Add((sequence, frame));

    public IEnumerable<string> SentAfter(long sequence) => _sent.Where(f => f.Sequence > sequence).Select(f => f.Frame);
}

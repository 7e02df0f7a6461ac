using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Gateway;

/// <summary>
/// Everything the fake Gateway knows, under one lock: sessions and their replay buffers, the connections, and what
/// the client sent. Dispatches go to the current session: live when its connection is up, otherwise buffered for the
/// Resume; with no session at all they wait for the next READY, so a test's event is never silently lost.
/// </summary>
internal sealed class FakeGatewayState(string token, string botUserId, string applicationId, Func<Uri> resumeUrl)
{
    private const long MessageContentIntent = 1 << 15;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeGatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<(string Type, JsonNode Data)> _waitingForSession = [];
    private readonly List<FakeGatewayConnection> _open = [];
    private readonly List<FakeGatewayConnectionInfo> _connections = [];
    private readonly List<FakeIdentify> _identifies = [];
    private readonly List<FakeResume> _resumes = [];
    private readonly List<long?> _heartbeats = [];
    private readonly List<int?> _clientCloses = [];
    private FakeGatewaySession? _current;
    private int _malformedFrames;

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    public bool RejectPrivilegedIntents { get; set; }

    public int WithholdHello { get; set; }

    /// <summary>Takes one from <see cref="WithholdHello"/>: true when this connection must stay silent.</summary>
    public bool TakeSilence() => Locked(() => WithholdHello > 0 && WithholdHello-- > 0);

    public int SessionStartTotal { get; set; } = 1000;

    public int SessionStartRemaining { get; set; } = 1000;

    public TimeSpan SessionStartResetAfter { get; set; } = TimeSpan.FromHours(24);

    public IReadOnlyList<FakeGatewayConnectionInfo> Connections => Locked(() => _connections.ToArray());

    public IReadOnlyList<FakeIdentify> Identifies => Locked(() => _identifies.ToArray());

    public IReadOnlyList<FakeResume> Resumes => Locked(() => _resumes.ToArray());

    public IReadOnlyList<long?> Heartbeats => Locked(() => _heartbeats.ToArray());

    public IReadOnlyList<int?> ClientCloses => Locked(() => _clientCloses.ToArray());

    public int ActiveSessionCount => Locked(() => _current?.Connection is { Ready: true } ? 1 : 0);

    public int MalformedFrames => Volatile.Read(ref _malformedFrames);

    /// <summary>The newest open connection: the one faults are played on.</summary>
    public FakeGatewayConnection? LiveConnection => Locked(() => _open.Count == 0 ? null : _open[^1]);

    public IReadOnlyList<FakeGatewayConnection> Open => Locked(() => _open.ToArray());

    public void Attach(FakeGatewayConnection connection, string path, string query)
    {
        lock (_lock)
        {
            _open.Add(connection);
            _connections.Add(new FakeGatewayConnectionInfo(_connections.Count + 1, path, query));
        }
    }

    public void Detach(FakeGatewayConnection connection)
    {
        lock (_lock)
        {
            _open.Remove(connection);
            if (connection.Session?.Connection == connection)
            {
                connection.Session.Connection = null;
            }
        }
    }

    public void Identify(FakeGatewayConnection connection, JsonElement data)
    {
        var intents = data.GetProperty("intents").GetInt64();
        var properties = data.GetProperty("properties");
        lock (_lock)
        {
            _identifies.Add(new FakeIdentify(intents, Text(properties, "os"), Text(properties, "browser"), Text(properties, "device")));
            if (!IsToken(data))
            {
                connection.Close(4004);
                return;
            }

            if (RejectPrivilegedIntents && (intents & MessageContentIntent) != 0)
            {
                connection.Close(4014);
                return;
            }

            SessionStartRemaining = Math.Max(0, SessionStartRemaining - 1);
            var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
            _sessions[session.Id] = session;
            _current = session;
            Bind(connection, session);
            connection.Ready = true;
            SendNumbered(session, "READY", new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = botUserId, ["username"] = "HealLink Test", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = session.Id,
                ["resume_gateway_url"] = resumeUrl().ToString(),
                ["application"] = new JsonObject { ["id"] = applicationId, ["flags"] = 0 },
            });
            foreach (var (type, waiting) in _waitingForSession)
            {
                Dispatch(type, waiting);
            }

            _waitingForSession.Clear();
        }
    }

    public void Resume(FakeGatewayConnection connection, JsonElement data)
    {
        var sessionId = Text(data, "session_id");
        long? sequence = data.TryGetProperty("seq", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : null;
        lock (_lock)
        {
            _resumes.Add(new FakeResume(sessionId, sequence));
            if (!IsToken(data))
            {
                connection.Close(4004);
                return;
            }

            if (sessionId is null || !_sessions.TryGetValue(sessionId, out var session))
            {
                connection.Send(FakeGatewayFrames.InvalidSession(resumable: false));
                return;
            }

            _current = session;
            Bind(connection, session);
            foreach (var missed in session.SentAfter(sequence ?? 0))
            {
                connection.Send(missed);
            }

            connection.Send(FakeGatewayFrames.Dispatch("RESUMED", null, new JsonObject()));
            connection.Ready = true;
        }
    }

    public void Dispatch(string type, JsonNode data)
    {
        lock (_lock)
        {
            if (_current is not { } session)
            {
                _waitingForSession.Add((type, data));
                return;
            }

            SendNumbered(session, type, data);
        }
    }

    /// <summary>Forgets the current session, as Discord does before op 9 d:false or a 4007/4009 close.</summary>
    public void InvalidateCurrentSession()
    {
        lock (_lock)
        {
            if (_current is { } session)
            {
                _sessions.Remove(session.Id);
                _current = null;
            }
        }
    }

    public void RecordHeartbeat(long? sequence)
    {
        lock (_lock)
        {
            _heartbeats.Add(sequence);
        }
    }

    public void RecordClientClose(int? code)
    {
        lock (_lock)
        {
            _clientCloses.Add(code);
        }
    }

    public void RecordMalformedFrame() => Interlocked.Increment(ref _malformedFrames);

    private static void SendNumbered(FakeGatewaySession session, string type, JsonNode data)
    {
        var sequence = session.Number();
        var frame = FakeGatewayFrames.Dispatch(type, sequence, data);
        session.Remember(sequence, frame);
        if (session.Connection is { Ready: true, Stalled: false } live)
        {
            live.Send(frame);
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }

    private static void Bind(FakeGatewayConnection connection, FakeGatewaySession session)
    {
        session.Connection = connection;
        connection.Session = session;
    }

    private bool IsToken(JsonElement data) => Text(data, "token") == token;

    private static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

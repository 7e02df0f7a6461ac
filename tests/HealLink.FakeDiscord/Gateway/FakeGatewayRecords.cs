namespace HealLink.FakeDiscord.Gateway;

/// <summary>An Identify (op 2) the fake received: the intents and connection properties the client sent.</summary>
public sealed record FakeIdentify(long Intents, string? Os, string? Browser, string? Device);

/// <summary>A Resume (op 6) the fake received.</summary>
public sealed record FakeResume(string? SessionId, long? Sequence);

/// <summary>A WebSocket connection the client opened: the path (<c>/gateway</c> or the resume path) and its query.</summary>
public sealed record FakeGatewayConnectionInfo(int Number, string Path, string Query);

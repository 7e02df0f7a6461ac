namespace HealLink.FakeDiscord.Rest;

/// <summary>How many requests one bucket (a route for one channel, guild or webhook) takes per window.</summary>
public sealed record FakeRouteLimit(int Limit, TimeSpan Window);

/// <summary>What the limiter decided for one request, and the headers that announce it.</summary>
internal sealed record FakeLimitDecision(bool Allowed, bool Global, double RetryAfterSeconds, IReadOnlyDictionary<string, string> Headers);

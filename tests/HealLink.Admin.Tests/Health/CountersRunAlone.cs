namespace HealLink.Admin.Tests.Health;

/// <summary>
/// Tests that read the panel's request metrics run alone. OpenTelemetry listens to every ASP.NET Core hosting meter in
/// the process, and instruments of one name share a stream: another test's panel stopping mid-test ends that stream,
/// and this panel's requests then go uncounted (seen as a missing histogram on loaded CI runs).
/// </summary>
[CollectionDefinition(nameof(CountersRunAlone), DisableParallelization = true)]
public sealed class CountersRunAlone;

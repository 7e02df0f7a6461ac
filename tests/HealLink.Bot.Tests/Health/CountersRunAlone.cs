namespace HealLink.Bot.Tests.Health;

/// <summary>
/// Tests that read counters run alone: OpenTelemetry listens to every meter of our name in the process, so another
/// test's bot running at the same time would move the same counters.
/// </summary>
[CollectionDefinition(nameof(CountersRunAlone), DisableParallelization = true)]
public sealed class CountersRunAlone;

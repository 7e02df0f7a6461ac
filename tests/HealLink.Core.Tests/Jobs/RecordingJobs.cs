using System.Collections.Concurrent;
using HealLink.Core.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// What happened, in one order across every host that shares one instance: the triggers that fired a
/// <see cref="RecordingJob"/>, and marks between them (a process starting or stopping to run the shared jobs, a
/// test's own steps), so a test can assert on the whole run instead of a state read at one instant.
/// </summary>
internal sealed class RunLog
{
    private const string Ran = "ran ";

    private readonly ConcurrentQueue<string> _events = new();

    /// <summary>Every run (as "ran " and the trigger's name) and mark, in the order they happened.</summary>
    public IReadOnlyList<string> Events => [.. _events];

    public IReadOnlyList<string> Triggers => [.. _events.Where(IsRun).Select(e => e[Ran.Length..])];

    /// <summary>The marks alone, in order.</summary>
    public IReadOnlyList<string> Marks => [.. _events.Where(e => !IsRun(e))];

    public void Add(string trigger) => _events.Enqueue(Ran + trigger);

    public void Mark(string what) => _events.Enqueue(what);

    private static bool IsRun(string e) => e.StartsWith(Ran, StringComparison.Ordinal);
}

/// <summary>Writes down the trigger that fired it.</summary>
internal sealed class RecordingJob(RunLog log, ILogger<RecordingJob> logger) : HealLinkJob(logger)
{
    public static JobKey Key { get; } = new("record", "tests");

    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        log.Add(context.Trigger.Key.Name);
        return Task.CompletedTask;
    }
}

/// <summary>Fails every time, as a job with a bug would.</summary>
internal sealed class ThrowingJob(ILogger<ThrowingJob> logger) : HealLinkJob(logger)
{
    public static JobKey Key { get; } = new("throws", "tests");

    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test job broke");
}

using System.Collections.Concurrent;
using HealLink.Core.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>Which triggers fired a <see cref="RecordingJob"/>, across every host that shares one instance.</summary>
internal sealed class RunLog
{
    private readonly ConcurrentQueue<string> _triggers = new();

    public IReadOnlyList<string> Triggers => [.. _triggers];

    public void Add(string trigger) => _triggers.Enqueue(trigger);
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

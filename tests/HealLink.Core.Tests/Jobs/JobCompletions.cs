using HealLink.Core.Jobs;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// A job listener that remembers every run that finished and lets a test wait for the one it caused: the way to
/// drive a scheduler deterministically (trigger, then wait for that trigger's run), instead of sleeping.
/// </summary>
internal sealed class JobCompletions : IJobListener
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Lock _lock = new();
    private readonly List<JobRun> _runs = [];
    private readonly List<(Func<JobRun, bool> Matches, TaskCompletionSource<JobRun> Done)> _waiting = [];

    public string Name => "test-completions";

    public IReadOnlyList<JobRun> Runs
    {
        get
        {
            lock (_lock)
            {
                return [.. _runs];
            }
        }
    }

    public Task<JobRun> WaitForAsync(TriggerKey trigger) => WaitForAsync(run => run.Trigger.Equals(trigger));

    public Task<JobRun> WaitForAsync(Func<JobRun, bool> matches)
    {
        lock (_lock)
        {
            if (_runs.FirstOrDefault(matches) is { } done)
            {
                return Task.FromResult(done);
            }

            var waiter = new TaskCompletionSource<JobRun>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((matches, waiter));
            return waiter.Task.WaitAsync(Patience);
        }
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var run = new JobRun(context.JobDetail.Key, context.Trigger.Key, JobSchedules.PersonIdOf(context.MergedJobDataMap), jobException, context.Scheduler);
        lock (_lock)
        {
            _runs.Add(run);
            foreach (var waiter in _waiting.Where(w => w.Matches(run)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Done.TrySetResult(run);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}

/// <summary>
/// One finished run: which job, fired by which trigger, for whom, what reached Quartz as a failure, and which
/// scheduler ran it (a process rebuilds its shared scheduler when it takes the lease back).
/// </summary>
internal sealed record JobRun(JobKey Job, TriggerKey Trigger, long? PersonId, JobExecutionException? Failure, IScheduler Scheduler);

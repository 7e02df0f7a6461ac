using HealLink.Core.Hosting;
using HealLink.Core.Jobs;
using HealLink.Core.Jobs.History;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealLink.Core.Tests.Jobs.History;

/// <summary>Every run of every job, in either scheduler, is written down: which, where, when, and how it ended.</summary>
public sealed class JobHistoryListenerTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task JobWasExecuted_LocalJobSucceeds_RecordsItsJobTriggerProcessAndTimes()
    {
        await using var host = await StartAsync();
        var scheduler = await host.LocalSchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
        var before = DateTimeOffset.UtcNow;

        await RunNowAsync(host, scheduler, RecordingJob.Key, "history-ok");
        var sut = await JobHistoryRows.WaitForAsync(host, "history-ok");

        Assert.Equal(JobSchedules.Local, sut.Scheduler);
        Assert.Equal((RecordingJob.Key.Group, RecordingJob.Key.Name), (sut.JobGroup, sut.JobName));
        Assert.Equal(host.Services.GetRequiredService<ProcessIdentity>().Id, sut.ProcessId);
        Assert.Equal(JobOutcome.Succeeded, sut.Outcome);
        Assert.Null(sut.FailureType);
        Assert.Null(sut.FailureMessage);
        Assert.InRange(sut.StartedAt, before.AddSeconds(-1), sut.FinishedAt);
        Assert.InRange(sut.FinishedAt, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task JobWasExecuted_JobThrowsAndTheBaseCatchesIt_RecordsTheFailuresTypeAndMessage()
    {
        await using var host = await StartAsync();
        var scheduler = await host.LocalSchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<ThrowingJob>().WithIdentity(ThrowingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);

        var run = await RunNowAsync(host, scheduler, ThrowingJob.Key, "history-throws");
        var sut = await JobHistoryRows.WaitForAsync(host, "history-throws");

        Assert.Null(run.Failure);
        Assert.Equal(JobOutcome.Failed, sut.Outcome);
        Assert.Equal(nameof(InvalidOperationException), sut.FailureType);
        Assert.Equal("The test job broke", sut.FailureMessage);
    }

    [Fact]
    public async Task JobWasExecuted_OneShotsOfTheSharedScheduler_RecordWhatEachWasForButNotForWhom()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, new CountingEmbedder());

        var everyone = await host.Trigger.ReEmbedNowAsync(CancellationToken.None);
        var onePerson = await host.Trigger.ReEmbedPersonAsync(424242, CancellationToken.None);
        await host.Completions.WaitForAsync(everyone);
        await host.Completions.WaitForAsync(onePerson);
        var now = await JobHistoryRows.WaitForAsync(host, JobSchedules.ReEmbedNowDescription);
        var person = await JobHistoryRows.WaitForAsync(host, JobSchedules.ReEmbedPersonDescription);

        Assert.Equal(JobSchedules.Shared, now.Scheduler);
        Assert.Equal(JobSchedules.ReEmbedProfiles.Name, now.JobName);
        Assert.Equal(JobOutcome.Succeeded, now.Outcome);
        Assert.Equal(JobSchedules.ReEmbedProfiles.Name, person.JobName);
        Assert.Equal(0, await _file.ScalarAsync<long>("SELECT count(*) FROM job_executions WHERE trigger LIKE '%424242%' OR process_id LIKE '%424242%'"));
    }

    [Fact]
    [Trait("Database", "Sqlite")] // the lease, which only SQLite has
    public async Task JobWasExecuted_SharedSchedulerRebuiltAfterLosingTheLease_StillRecordsRuns()
    {
        await using var host = await StartAsync();
        await host.Shared.FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        var first = await host.SharedSchedulerAsync();

        // As if another process had held the lease for a while: this one stands by, then takes it back on a new scheduler.
        var otherUntil = DateTimeOffset.UtcNow.AddSeconds(4).ToUnixTimeMilliseconds();
        await _file.ExecuteAsync($"UPDATE job_leases SET holder = 'another-process', expires_at = {otherUntil}");
        var rebuilt = await WaitForRebuildAsync(host, first);
        await rebuilt.AddJob(JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
        await RunNowAsync(host, rebuilt, RecordingJob.Key, "after-rebuild");
        var sut = await JobHistoryRows.WaitForAsync(host, "after-rebuild");

        Assert.Equal(JobSchedules.Shared, sut.Scheduler);
        Assert.Equal(host.Services.GetRequiredService<ProcessIdentity>().Id, sut.ProcessId);
    }

    [Fact]
    public void Failed_LongMessageOverSeveralLines_KeepsTheFirstLineShortened()
    {
        var message = new string('x', 500) + "\nsecond line";

        var sut = JobResult.Failed(new InvalidDataException(message));

        Assert.Equal(JobOutcome.Failed, sut.Outcome);
        Assert.Equal(nameof(InvalidDataException), sut.FailureType);
        Assert.Equal(JobExecution.MaxFailureMessageLength, sut.FailureMessage!.Length);
        Assert.EndsWith("x…", sut.FailureMessage, StringComparison.Ordinal);
    }

    private Task<JobsHost> StartAsync() =>
        JobsHost.StartAsync(_file, new CountingEmbedder(), configure: services => services.AddSingleton(new RunLog()).AddTransient<RecordingJob>());

    private static async Task<JobRun> RunNowAsync(JobsHost host, IScheduler scheduler, JobKey job, string name)
    {
        var trigger = TriggerBuilder.Create(TimeProvider.System).ForJob(job).WithIdentity(name, "tests").StartNow().Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        return await host.Completions.WaitForAsync(trigger.Key);
    }

    private static async Task<IScheduler> WaitForRebuildAsync(JobsHost host, IScheduler first)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var current = await host.SharedSchedulerAsync();
            if (!ReferenceEquals(current, first) && host.Shared.IsRunning)
            {
                return current;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }
}

using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>The job base: a failing run is logged by name and type, and the scheduler carries on.</summary>
public sealed class JobFailureTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Execute_JobThrows_LogsItsNameAndExceptionAndTheSchedulerRunsItAgain()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await JobsHost.StartAsync(_file, new CountingEmbedder(), configure: services => services.AddLogging(l => l.AddProvider(logs)));
        var sut = await host.LocalSchedulerAsync();
        await sut.AddJob(JobBuilder.Create<ThrowingJob>().WithIdentity(ThrowingJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);

        var first = await RunNowAsync(host, sut);
        var second = await RunNowAsync(host, sut);

        Assert.Null(first.Failure);
        Assert.Null(second.Failure);
        Assert.Equal(SchedulerStatus.Running, sut.Status);
        var failures = logs.Lines.Where(l => l.Contains("Job tests.throws failed after", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, line => Assert.Contains("InvalidOperationException: The test job broke", line, StringComparison.Ordinal));
        Assert.All(failures, line => Assert.StartsWith("Error HealLink.Core.Tests.Jobs.ThrowingJob:", line, StringComparison.Ordinal));
    }

    private static async Task<JobRun> RunNowAsync(JobsHost host, IScheduler scheduler)
    {
        var trigger = TriggerBuilder.Create(TimeProvider.System).ForJob(ThrowingJob.Key).WithIdentity(Guid.NewGuid().ToString("N"), "tests").StartNow().Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        return await host.Completions.WaitForAsync(trigger.Key);
    }
}

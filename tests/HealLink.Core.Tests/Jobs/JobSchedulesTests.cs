using HealLink.Core.Jobs;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>What the shared scheduler holds once a process runs it: every declared job, on its configured schedule.</summary>
public sealed class JobSchedulesTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task SharedScheduler_Running_HoldsEachSharedJobOnItsConfiguredSchedule()
    {
        await using var host = await JobsHost.StartRunningAsync(
            _file,
            new CountingEmbedder(),
            settings: [("Jobs:NightlyPruneCron", "0 15 2 * * ?"), ("Jobs:NotifyWaitingMenteesInterval", "00:10:00"), ("Jobs:ConnectionTimingInterval", "00:02:00")]);
        var scheduler = await host.SharedSchedulerAsync();

        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        var prune = Assert.IsType<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(JobSchedules.Prune)), exactMatch: false);
        var notify = Assert.IsType<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(JobSchedules.NotifyWaitingMentees)), exactMatch: false);
        var reEmbed = Assert.IsType<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(JobSchedules.ReEmbedProfiles)), exactMatch: false);
        var timing = Assert.IsType<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(JobSchedules.ConnectionTiming)), exactMatch: false);

        Assert.Equal(
            [JobSchedules.ConnectionTiming, JobSchedules.NotifyWaitingMentees, JobSchedules.Prune, JobSchedules.ReEmbedProfiles, JobSchedules.ReEncryptFields],
            jobs.OrderBy(k => k.Name));
        Assert.Equal("0 15 2 * * ?", prune.CronExpressionString);
        Assert.Equal(TimeSpan.FromMinutes(10), notify.RepeatInterval);
        Assert.Equal(new JobsOptions().NightlyReEmbedCron, reEmbed.CronExpressionString);
        Assert.Equal(TimeSpan.FromMinutes(2), timing.RepeatInterval);
    }

    [Fact]
    public async Task LocalSchedules_ComparedWithTheLocalScheduler_NameEachLocalJobAndItsInterval()
    {
        await using var host = await JobsHost.StartAsync(_file, new CountingEmbedder(), settings: ("Jobs:IndexRefreshInterval", "00:00:42"));
        var scheduler = await host.LocalSchedulerAsync();
        var options = new JobsOptions { IndexRefreshInterval = TimeSpan.FromSeconds(42) };

        var sut = JobSchedules.LocalSchedules(options);

        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        Assert.Equal(jobs.OrderBy(k => k.ToString()), sut.Select(s => s.Job).OrderBy(k => k.ToString()));
        foreach (var local in sut)
        {
            var trigger = Assert.IsType<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(local.Job)), exactMatch: false);
            Assert.Equal(local.Interval, trigger.RepeatInterval);
            Assert.Equal(JobSchedules.EveryTriggerName(local.Job), trigger.Key.Name);
        }
    }

    [Fact]
    public async Task PruneJob_RunByTheScheduler_RemovesDeliveredMessagesPastRetention()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, new CountingEmbedder());
        await host.Pipeline.QueryAsync(db =>
        {
            var old = DateTimeOffset.UtcNow.AddDays(-30);
            db.OutboxMessages.Add(new OutboxMessage { Platform = Platform.Console, ChatId = "1", Text = "old", CreatedAt = old, NextAttemptAt = old, SentAt = old });
            return db.SaveChangesAsync();
        });
        var scheduler = await host.SharedSchedulerAsync();
        var now = TriggerBuilder.Create(TimeProvider.System).ForJob(JobSchedules.Prune).WithIdentity("test-prune-now", "tests").StartNow().Build();

        await scheduler.ScheduleJob(now, ScheduleJobOptions.Replacing, CancellationToken.None);
        await host.Completions.WaitForAsync(now.Key);

        Assert.Equal(0, await host.Pipeline.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }
}

using HealLink.Core.Connections;
using HealLink.Core.Jobs;
using HealLink.Core.People;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>The connection jobs as the shared scheduler runs them: what they are wired to, end to end.</summary>
public sealed class ConnectionJobsTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ConnectionTimingJob_RunByTheScheduler_ExpiresARequestPastItsTimeAndTellsTheMentee()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, new CountingEmbedder(), _platform);
        var maria = await MatchingPeople.FinishedMenteeAsync(host.Pipeline, _platform);
        var id = await AddConnectionAsync(host, maria, ConnectionState.Requested, DateTimeOffset.UtcNow.AddHours(-49));

        await RunNowAsync(host, JobSchedules.ConnectionTiming);
        await host.Pipeline.DispatchAsync();

        Assert.Equal(ConnectionState.Expired, await host.Pipeline.QueryAsync(db => db.Connections.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));
        Assert.Equal(ConnectionCopy.English.Expired, maria.Last.Text);
    }

    [Fact]
    public async Task PruneJob_RunByTheScheduler_RemovesRelayedMessagesOfLongEndedConversations()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, new CountingEmbedder(), _platform);
        var maria = await MatchingPeople.FinishedMenteeAsync(host.Pipeline, _platform);
        var id = await AddConnectionAsync(host, maria, ConnectionState.Ended, DateTimeOffset.UtcNow.AddDays(-100));
        await host.Pipeline.QueryAsync(async db =>
        {
            var sender = await db.Connections.Where(c => c.Id == id).Select(c => c.MenteeId).SingleAsync();
            db.RelayedMessages.Add(new RelayedMessage { ConnectionId = id, SenderId = sender, Text = "long ago", SentAt = DateTimeOffset.UtcNow.AddDays(-101) });
            return await db.SaveChangesAsync();
        });

        await RunNowAsync(host, JobSchedules.Prune);

        Assert.Equal(0, await host.Pipeline.QueryAsync(db => db.RelayedMessages.CountAsync()));
    }

    /// <summary>A connection between the mentee and a demo mentor, last changed at <paramref name="at"/>.</summary>
    private static async Task<long> AddConnectionAsync(JobsHost host, PipelinePerson mentee, ConnectionState state, DateTimeOffset at)
    {
        await MatchingPeople.SeedDemoMentorsAsync(host.Pipeline);
        return await host.Pipeline.QueryAsync(async db =>
        {
            var connection = new Connection
            {
                MenteeId = await db.PlatformAccounts.Where(a => a.PlatformUserId == mentee.UserId).Select(a => a.PersonId).SingleAsync(),
                MentorId = await db.Profiles.Where(p => p.Role == Role.Mentor).Select(p => p.PersonId).FirstAsync(),
                State = state,
                CreatedAt = at,
                UpdatedAt = at,
                EndedAt = state == ConnectionState.Ended ? at : null,
            };
            db.Connections.Add(connection);
            await db.SaveChangesAsync();
            return connection.Id;
        });
    }

    private static async Task RunNowAsync(JobsHost host, JobKey job)
    {
        var scheduler = await host.SharedSchedulerAsync();
        var now = TriggerBuilder.Create(TimeProvider.System).ForJob(job).WithIdentity($"test-{job.Name}-now", "tests").StartNow().Build();
        await scheduler.ScheduleJob(now, ScheduleJobOptions.Replacing, CancellationToken.None);
        await host.Completions.WaitForAsync(now.Key);
    }
}

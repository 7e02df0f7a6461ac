using HealLink.Core.Jobs;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Jobs;

/// <summary>The promise made when no mentor fits, kept by the shared scheduler on its own schedule.</summary>
public sealed class NotifyWaitingMenteesJobTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task MentorsApprovedWhileAMenteeWaits_TheScheduledJobTellsHerOnce()
    {
        await using var host = await JobsHost.StartRunningAsync(
            _file, new CountingEmbedder(), _platform, settings: ("Jobs:NotifyWaitingMenteesInterval", "00:00:01"));
        var maria = await MatchingPeople.FinishedMenteeAsync(host.Pipeline, _platform);
        Assert.Equal(MatchingCopy.English.NoneFits, (await maria.PressAsync("Find my match"))[^1].Text);

        // As the admin panel would, from another process: approved mentors appear in the database.
        await MatchingPeople.SeedDemoMentorsAsync(host.Pipeline);
        var runsBefore = host.Completions.Runs.Count(IsNotifyRun);
        await host.Completions.WaitForAsync(run => IsNotifyRun(run) && host.Completions.Runs.Count(IsNotifyRun) > runsBefore + 1);
        await host.Pipeline.DispatchAsync();

        var told = maria.Received.Where(m => m.Text.StartsWith("Good news, Maria", StringComparison.Ordinal)).ToList();
        Assert.Single(told);
        Assert.Equal("Find my match", Assert.Single(told[0].Buttons.SelectMany(row => row)).Label);
        Assert.NotNull((await host.Pipeline.QueryAsync(db => db.MatchWaits.SingleAsync())).NotifiedAt);
    }

    private static bool IsNotifyRun(JobRun run) => run.Job.Equals(JobSchedules.NotifyWaitingMentees) && run.Failure is null;
}

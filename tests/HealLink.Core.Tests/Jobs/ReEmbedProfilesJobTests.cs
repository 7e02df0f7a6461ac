using HealLink.Core.Matching.Flow;
using HealLink.Core.People;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Jobs;

/// <summary>Re-embedding on demand: only what is missing or stale is embedded, and a second run embeds nothing.</summary>
public sealed class ReEmbedProfilesJobTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly CountingEmbedder _embedder = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ReEmbedNow_FreshMentors_EmbedsEachOnceAndTheSecondRunNothing()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, _embedder);
        var seeded = await MatchingPeople.SeedDemoMentorsAsync(host.Pipeline);

        await RunAsync(host);
        var afterFirst = _embedder.Texts;
        await RunAsync(host);

        Assert.Equal(seeded, afterFirst);
        Assert.Equal(afterFirst, _embedder.Texts);
        Assert.Equal(seeded, await host.Pipeline.QueryAsync(db => db.ProfileVectors.CountAsync()));
    }

    [Fact]
    public async Task ReEmbedNow_OneIntroChanged_EmbedsOnlyThatOne()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, _embedder);
        await MatchingPeople.SeedDemoMentorsAsync(host.Pipeline);
        await RunAsync(host);
        var before = _embedder.Texts;
        await using (var other = await PipelineHost.StartAsync(_file, new RecordingSender()))
        {
            await other.QueryAsync(db => db.Profiles.Where(p => p.DisplayName == "Sam (demo)")
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Intro, MatchingPeople.NewIntro)));
        }

        await RunAsync(host);

        Assert.Equal(before + 1, _embedder.Texts);
        var sam = await host.Pipeline.QueryAsync(db => db.Profiles.SingleAsync(p => p.DisplayName == "Sam (demo)"));
        var stored = await host.Pipeline.QueryAsync(db => db.ProfileVectors.SingleAsync(v => v.PersonId == sam.PersonId));
        Assert.Equal(IntroVectors.Hash(MatchingPeople.NewIntro), stored.TextHash);
    }

    [Fact]
    public async Task ReEmbedNow_RejectedAndPendingMentors_EmbedsOnlyThePendingOne()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, _embedder);
        await MatchingPeople.SeedDemoMentorsAsync(host.Pipeline);
        await RunAsync(host);
        var pending = await MatchingPeople.AddMentorLikeAsync(host.Pipeline, "Sam (demo)", "Pat", MatchingPeople.NewIntro, VettingStatus.Pending);
        var rejected = await MatchingPeople.AddMentorLikeAsync(host.Pipeline, "Sam (demo)", "Rae", MatchingPeople.NewIntro, VettingStatus.Rejected);

        await RunAsync(host);

        var embedded = await host.Pipeline.QueryAsync(db => db.ProfileVectors.Select(v => v.PersonId).ToListAsync());
        Assert.Contains(pending, embedded);
        Assert.DoesNotContain(rejected, embedded);
    }

    private static async Task RunAsync(JobsHost host)
    {
        var trigger = await host.Trigger.ReEmbedNowAsync(CancellationToken.None);
        var run = await host.Completions.WaitForAsync(trigger);
        Assert.Null(run.Failure);
    }
}

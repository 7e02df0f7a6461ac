using HealLink.Core.Jobs;
using HealLink.Core.Matching.Flow;
using HealLink.Core.People;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// Every process's index follows what any process stores: the bot's index learns of vectors written elsewhere
/// (the admin panel, another bot) within one refresh, and of mentors approved elsewhere, without a search embedding.
/// </summary>
public sealed class IndexRefreshJobTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly CountingEmbedder _embedder = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Refresh_VectorStoredByAnotherProcess_ReachesThisIndexWithoutEmbedding()
    {
        await using var bot = await JobsHost.StartAsync(_file, _embedder);
        await MatchingPeople.SeedDemoMentorsAsync(bot.Pipeline);
        await bot.RefreshIndexAsync();
        var pat = await MatchingPeople.AddMentorLikeAsync(bot.Pipeline, "Sam (demo)", "Pat", MatchingPeople.NewIntro, VettingStatus.Pending);
        await using (var admin = await PipelineHost.StartAsync(_file, new RecordingSender()))
        {
            await admin.Services.GetRequiredService<IntroVectorUpdater>().ReEmbedStaleAsync(pat, 32, CancellationToken.None);
        }

        var before = _embedder.Texts;
        var knewBefore = bot.Index.IsCurrent(pat, IntroVectors.Hash(MatchingPeople.NewIntro));
        await bot.RefreshIndexAsync();

        Assert.False(knewBefore);
        Assert.True(bot.Index.IsCurrent(pat, IntroVectors.Hash(MatchingPeople.NewIntro)));
        Assert.Equal(before, _embedder.Texts);
    }

    [Fact]
    public async Task Refresh_MentorApprovedByAnotherProcess_IsIndexedSoTheNextSearchEmbedsNothing()
    {
        await using var bot = await JobsHost.StartRunningAsync(_file, _embedder, _platform);
        await MatchingPeople.SeedDemoMentorsAsync(bot.Pipeline);
        var maria = await MatchingPeople.FinishedMenteeAsync(bot.Pipeline, _platform);
        await bot.Completions.WaitForAsync(run => run.Job.Equals(JobSchedules.ReEmbedProfiles));
        await maria.PressAsync("Find my match");
        long pat;
        await using (var admin = await PipelineHost.StartAsync(_file, new RecordingSender()))
        {
            pat = await MatchingPeople.AddMentorLikeAsync(admin, "Sam (demo)", "Pat", MatchingPeople.NewIntro, VettingStatus.Pending);
            await admin.QueryAsync(db => db.Profiles.Where(p => p.PersonId == pat)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.VettingStatus, VettingStatus.Approved)));
        }

        await bot.RefreshIndexAsync();
        var afterRefresh = _embedder.Texts;
        var cards = await maria.PressAsync("Find my match");

        Assert.True(bot.Index.IsCurrent(pat, IntroVectors.Hash(MatchingPeople.NewIntro)));
        Assert.Equal(afterRefresh, _embedder.Texts);
        Assert.NotEmpty(cards);
    }
}

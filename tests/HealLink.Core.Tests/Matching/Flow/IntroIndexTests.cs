using HealLink.Core.Matching.Demo;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Matching.Flow;

/// <summary>The in-memory intro index behind matching: loaded once, embedding only what changed.</summary>
public sealed class IntroIndexTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private readonly CountingEmbedder _embedder = new(new HashedNGramEmbedder());

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Search_Twice_EmbedsEachIntroOnceAndNothingTheSecondTime()
    {
        await using var host = await StartAsync();
        await SeedAsync(host);
        var maria = await FinishedMenteeAsync(host);

        await maria.PressAsync("Find my match");
        var afterFirst = _embedder.Texts;
        await maria.PressAsync("Show more");

        Assert.True(afterFirst > 20, "the mentee and every eligible mentor embedded once");
        Assert.Equal(afterFirst, _embedder.Texts);
        Assert.Equal(afterFirst, host.Services.GetRequiredService<IntroIndex>().Count);
    }

    [Fact]
    public async Task Search_AfterARestart_LoadsStoredVectorsInsteadOfEmbeddingAgain()
    {
        PipelinePerson maria;
        await using (var first = await StartAsync())
        {
            await SeedAsync(first);
            maria = await FinishedMenteeAsync(first);
            await maria.PressAsync("Find my match");
        }

        var before = _embedder.Texts;
        await using var second = await StartAsync();
        maria.Host = second;
        await maria.PressAsync("Show more");

        Assert.Equal(before, _embedder.Texts);
    }

    [Fact]
    public async Task Search_IntroChangedByAnotherProcess_IsEmbeddedAgain()
    {
        await using var host = await StartAsync();
        await SeedAsync(host);
        var maria = await FinishedMenteeAsync(host);
        await maria.PressAsync("Find my match");
        const string newIntro = "A brand new story about a kidney transplant and learning to cook again afterwards.";

        await using (var other = await PipelineHost.StartAsync(_file, new RecordingSender()))
        {
            await other.QueryAsync(db => db.Profiles.Where(p => p.DisplayName == "Sam (demo)")
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Intro, newIntro)));
        }

        await maria.PressAsync("Show more");

        var sam = await host.QueryAsync(db => db.Profiles.SingleAsync(p => p.DisplayName == "Sam (demo)"));
        var stored = await host.QueryAsync(db => db.ProfileVectors.SingleAsync(v => v.PersonId == sam.PersonId));
        Assert.Equal(IntroVectors.Hash(newIntro), stored.TextHash);
    }

    private Task<PipelineHost> StartAsync() =>
        PipelineHost.StartAsync(_file, _platform, configure: services => services.AddSingleton<IEmbedder>(_embedder));

    private static Task<int> SeedAsync(PipelineHost host) =>
        host.QueryAsync(db => DemoSeeder.SeedAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));

    private async Task<PipelinePerson> FinishedMenteeAsync(PipelineHost host)
    {
        var maria = new PipelinePerson(_platform, "101") { Host = host };
        await maria.RunAsync(Scripts.MenteeByButtons);
        return maria;
    }
}

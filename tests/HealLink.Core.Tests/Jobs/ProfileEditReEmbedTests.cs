using HealLink.Core.Jobs;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Jobs;

/// <summary>A saved intro is embedded by the job right after the commit, not by the next search.</summary>
public sealed class ProfileEditReEmbedTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly CountingEmbedder _embedder = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task FinishOnboardingThenEditTheIntro_TheJobEmbedsEachSavedIntro()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, _embedder, _platform);
        var maria = await MatchingPeople.FinishedMenteeAsync(host.Pipeline, _platform);
        var id = await host.Pipeline.QueryAsync(db => db.PlatformAccounts.Where(a => a.PlatformUserId == maria.UserId).Select(a => a.PersonId).SingleAsync());
        var finished = await host.Completions.WaitForAsync(run => run.Job.Equals(JobSchedules.ReEmbedProfiles) && run.PersonId == id);
        var afterOnboarding = await StoredHashAsync(host, id);

        await maria.SayAsync("/edit");
        await maria.PressAsync("Your story");
        await maria.SayAsync(MatchingPeople.NewIntro);
        await host.Completions.WaitForAsync(run => run.PersonId == id && !run.Trigger.Equals(finished.Trigger));

        Assert.Equal(IntroVectors.Hash(Scripts.MenteeIntro), afterOnboarding);
        Assert.Equal(IntroVectors.Hash(MatchingPeople.NewIntro), await StoredHashAsync(host, id));
        Assert.Equal(2, _embedder.Texts);
    }

    private static Task<string?> StoredHashAsync(JobsHost host, long personId) =>
        host.Pipeline.QueryAsync(db => db.ProfileVectors.Where(v => v.PersonId == personId).Select(v => v.TextHash).SingleOrDefaultAsync());
}

using HealLink.Core.Connections;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.People;
using HealLink.Core.Tests.Jobs;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Matching.Waiting;

/// <summary>"I'll message you when a mentor who fits joins", kept through the real pipeline on a real SQLite file.</summary>
public sealed class WaitingMenteeTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost? _host;

    private PipelineHost Host => _host!;

    private WaitingMenteeNotifier Notifier => Host.Services.GetRequiredService<WaitingMenteeNotifier>();

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(_file, _platform);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task MentorJoinsAfterNoneFitted_MenteeIsToldOnceAndTheButtonShowsTheirMatches()
    {
        var maria = await FinishedMenteeAsync();
        Assert.Equal(MatchingCopy.English.NoneFits, (await maria.PressAsync("Find my match"))[^1].Text);
        Assert.Equal(0, await Notifier.NotifyAsync(CancellationToken.None));

        await SeedDemoMentorsAsync();
        var notified = await Notifier.NotifyAsync(CancellationToken.None);
        await Host.DispatchAsync();

        Assert.Equal(1, notified);
        Assert.StartsWith("Good news, Maria: a mentor who may fit your story has just joined", maria.Last.Text, StringComparison.Ordinal);
        Assert.Equal(0, await Notifier.NotifyAsync(CancellationToken.None));
        var cards = await maria.PressAsync("Find my match");
        Assert.Equal(MatchingCopy.English.Intro, cards[1].Text);
        Assert.Equal(0, await Host.QueryAsync(db => db.MatchWaits.CountAsync()));
    }

    [Fact]
    public async Task OnlyMentorsWhoFailTheHardFiltersJoin_NobodyIsTold()
    {
        var maria = await FinishedMenteeAsync();
        await maria.PressAsync("Find my match");
        await SeedDemoMentorsAsync(approve: p => !p.Languages.Intersect(["English", "Spanish"]).Any());
        var before = maria.Received.Count;

        var notified = await Notifier.NotifyAsync(CancellationToken.None);
        await Host.DispatchAsync();

        Assert.Equal(0, notified);
        Assert.Equal(before, maria.Received.Count);
        Assert.Null((await Host.QueryAsync(db => db.MatchWaits.SingleAsync())).NotifiedAt);
    }

    [Fact]
    public async Task SearchThatFindsSomeone_OwesNoMessage()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();

        await maria.PressAsync("Find my match");

        Assert.Equal(0, await Host.QueryAsync(db => db.MatchWaits.CountAsync()));
    }

    [Fact]
    public async Task MenteeWeCannotReach_IsNotToldButStillWaits()
    {
        var maria = await FinishedMenteeAsync();
        await maria.PressAsync("Find my match");
        await Host.QueryAsync(db => db.PlatformAccounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.UnreachableSince, DateTimeOffset.UtcNow)));
        await SeedDemoMentorsAsync();

        Assert.Equal(0, await Notifier.NotifyAsync(CancellationToken.None));

        Assert.Null((await Host.QueryAsync(db => db.MatchWaits.SingleAsync())).NotifiedAt);
    }

    [Fact]
    public async Task MentorTakenAgainBeforeTheMenteeLooked_TheyWaitAgainAndAreToldAgain()
    {
        var maria = await FinishedMenteeAsync();
        await maria.PressAsync("Find my match");
        await SeedDemoMentorsAsync();
        await Notifier.NotifyAsync(CancellationToken.None);
        await Host.QueryAsync(db => db.Profiles.Where(p => p.Role == Role.Mentor)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.VettingStatus, VettingStatus.Suspended)));

        Assert.Equal(MatchingCopy.English.NoneFits, (await maria.PressAsync("Find my match"))[^1].Text);
        await Host.QueryAsync(db => db.Profiles.Where(p => p.Role == Role.Mentor)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.VettingStatus, VettingStatus.Approved)));

        Assert.Equal(1, await Notifier.NotifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MenteeWhoAskedSomeoneMeanwhile_IsNotToldAndNoLongerWaits()
    {
        var maria = await FinishedMenteeAsync();
        await maria.PressAsync("Find my match");
        await SeedDemoMentorsAsync();
        await Host.QueryAsync(async db =>
        {
            var mentee = await db.PlatformAccounts.Where(a => a.PlatformUserId == maria.UserId).Select(a => a.PersonId).SingleAsync();
            var mentor = await db.Profiles.Where(p => p.Role == Role.Mentor).Select(p => p.PersonId).FirstAsync();
            db.Connections.Add(new Connection { MenteeId = mentee, MentorId = mentor, State = ConnectionState.Requested });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await Notifier.NotifyAsync(CancellationToken.None));

        Assert.Equal(0, await Host.QueryAsync(db => db.MatchWaits.CountAsync()));
    }

    private async Task SeedDemoMentorsAsync(Func<Profile, bool>? approve = null)
    {
        await MatchingPeople.SeedDemoMentorsAsync(Host);
        if (approve is not null)
        {
            await Host.QueryAsync(async db =>
            {
                foreach (var mentor in await db.Profiles.Where(p => p.Role == Role.Mentor).ToListAsync())
                {
                    mentor.VettingStatus = approve(mentor) ? VettingStatus.Approved : VettingStatus.Pending;
                }

                return await db.SaveChangesAsync();
            });
        }
    }

    private Task<PipelinePerson> FinishedMenteeAsync() => MatchingPeople.FinishedMenteeAsync(Host, _platform);
}

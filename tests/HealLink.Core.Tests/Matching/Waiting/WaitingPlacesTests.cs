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

/// <summary>
/// One mentor with two free places joins while three mentees wait: only two are told, first come first served, and
/// the third hears only once a place is truly free, so nobody is sent to a mentor who is already spoken for.
/// </summary>
public sealed class WaitingPlacesTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private PipelineHost? _host;

    private PipelineHost Host => _host!;

    private WaitingMenteeNotifier Notifier => Host.Services.GetRequiredService<WaitingMenteeNotifier>();

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(_file, _platform, _clock);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task MentorWithTwoPlaces_FirstTwoWaitingAreToldAndTheThirdStillWaits()
    {
        var (first, second, third) = await ThreeWaitingAsync();
        await OneMentorWithTwoPlacesAsync();

        var notified = await Notifier.NotifyAsync(CancellationToken.None);
        var again = await Notifier.NotifyAsync(CancellationToken.None);

        Assert.Equal(2, notified);
        Assert.Equal(0, again);
        Assert.Equal([first.Id, second.Id], await NotifiedAsync());
        Assert.DoesNotContain(third.Id, await NotifiedAsync());
    }

    [Fact]
    public async Task ToldMenteeConnects_TheirPlaceIsTakenSoTheThirdStillWaits()
    {
        var (first, _, third) = await ThreeWaitingAsync();
        var mentor = await OneMentorWithTwoPlacesAsync();
        await Notifier.NotifyAsync(CancellationToken.None);
        await Host.DispatchAsync();
        await first.Person.PressAsync("Find my match");
        Assert.Equal(ConnectionCopy.English.Requested(mentor, new ConnectionsOptions().RequestExpiry), (await first.Person.PressAsync($"Connect with {mentor}"))[^1].Text);

        Assert.Equal(0, await Notifier.NotifyAsync(CancellationToken.None));
        Assert.DoesNotContain(first.Id, await WaitingAsync());
        Assert.DoesNotContain(third.Id, await NotifiedAsync());
    }

    [Fact]
    public async Task ToldMenteesNeverComeBack_AfterTwoDaysTheirPlacesAreOfferedOn()
    {
        var (_, _, third) = await ThreeWaitingAsync();
        await OneMentorWithTwoPlacesAsync();
        await Notifier.NotifyAsync(CancellationToken.None);

        _clock.Now += TimeSpan.FromDays(1);
        var afterADay = await Notifier.NotifyAsync(CancellationToken.None);
        _clock.Now += TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1);
        var afterTwoDays = await Notifier.NotifyAsync(CancellationToken.None);

        Assert.Equal(0, afterADay);
        Assert.Equal(1, afterTwoDays);
        Assert.Contains(third.Id, await NotifiedAsync());
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, false)]
    public async Task ToldMenteeFindsThePlaceGone_WithinThePromiseKeepsTheirTurnElseJoinsTheEnd(int daysLater, bool keepsTurn)
    {
        var (first, second, _) = await ThreeWaitingAsync();
        await OneMentorWithTwoPlacesAsync();
        await Host.QueryAsync(db => db.Profiles.Where(p => p.Role == Role.Mentor && p.VettingStatus == VettingStatus.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Capacity, 1)));
        await Notifier.NotifyAsync(CancellationToken.None);
        Assert.Equal([first.Id], await NotifiedAsync());

        // The mentor pauses before the first mentee looks; she looks days later and finds nobody.
        await Host.QueryAsync(db => db.Profiles.Where(p => p.Role == Role.Mentor)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.VettingStatus, VettingStatus.Suspended)));
        _clock.Now += TimeSpan.FromDays(daysLater);
        Assert.Equal(MatchingCopy.English.NoneFits, (await first.Person.PressAsync("Find my match"))[^1].Text);

        // The mentor is back with one place: it goes to whoever is first in line now.
        await OneMentorWithTwoPlacesAsync();
        await Host.QueryAsync(db => db.Profiles.Where(p => p.Role == Role.Mentor && p.VettingStatus == VettingStatus.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Capacity, 1)));
        await Notifier.NotifyAsync(CancellationToken.None);

        Assert.Equal([keepsTurn ? first.Id : second.Id], await NotifiedAsync());
    }

    /// <summary>Three mentees ask for a match a minute apart while no mentor is approved, so each waits.</summary>
    private async Task<(Waiter First, Waiter Second, Waiter Third)> ThreeWaitingAsync()
    {
        List<Waiter> waiters = [];
        foreach (var userId in new[] { "101", "102", "103" })
        {
            var mentee = await MatchingPeople.FinishedMenteeAsync(Host, _platform, userId);
            Assert.Equal(MatchingCopy.English.NoneFits, (await mentee.PressAsync("Find my match"))[^1].Text);
            var id = await Host.QueryAsync(db => db.PlatformAccounts.Where(a => a.PlatformUserId == userId).Select(a => a.PersonId).SingleAsync());
            waiters.Add(new Waiter(mentee, id));
            _clock.Now += TimeSpan.FromMinutes(1);
        }

        return (waiters[0], waiters[1], waiters[2]);
    }

    /// <summary>The demo mentors, of whom only the first who speaks English is approved, with room for two; returns their name.</summary>
    private async Task<string> OneMentorWithTwoPlacesAsync()
    {
        await MatchingPeople.SeedDemoMentorsAsync(Host);
        return await Host.QueryAsync(async db =>
        {
            var mentors = await db.Profiles.Where(p => p.Role == Role.Mentor).OrderBy(p => p.PersonId).ToListAsync();
            var chosen = mentors.First(p => p.Languages.Contains("English"));
            foreach (var mentor in mentors)
            {
                mentor.VettingStatus = mentor == chosen ? VettingStatus.Approved : VettingStatus.Pending;
            }

            chosen.Capacity = 2;
            await db.SaveChangesAsync();
            return chosen.DisplayName!;
        });
    }

    private Task<List<long>> NotifiedAsync() =>
        Host.QueryAsync(db => db.MatchWaits.Where(w => w.NotifiedAt != null).OrderBy(w => w.PersonId).Select(w => w.PersonId).ToListAsync());

    private Task<List<long>> WaitingAsync() => Host.QueryAsync(db => db.MatchWaits.Select(w => w.PersonId).ToListAsync());

    private sealed record Waiter(PipelinePerson Person, long Id);
}

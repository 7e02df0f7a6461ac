using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using HealLink.Core.People;
using HealLink.Core.Tests.Storage;

namespace HealLink.Core.Tests.Coordination;

/// <summary>Coordinators list connections newest first, by state, with both names, times and ratings.</summary>
public sealed class ConnectionDirectoryTests : IAsyncLifetime
{
    private MigratedDatabase _database = null!;

    private ConnectionDirectory Sut => new(_database.Contexts);

    public async Task InitializeAsync() => _database = await MigratedDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task List_Everything_NewestFirstWithBothNamesTimesAndRatings()
    {
        var (ended, active, requested) = await SeedThreeAsync();

        var sut = await Sut.ListAsync(new ConnectionQuery(), CancellationToken.None);

        Assert.Equal([requested, active, ended], sut.Items.Select(c => c.Id));
        var row = sut.Items[2];
        Assert.Equal(("Ana", "Sam"), (row.Mentee.Name, row.Mentor.Name));
        Assert.Equal((Seed.At(10), Seed.At(11), Seed.At(12)), (row.RequestedAt, row.AnsweredAt, row.EndedAt));
        Assert.Equal((2, (int?)null), (row.MenteeRating!.Score, row.MentorRating?.Score));
        Assert.Equal(3, sut.Total);
    }

    [Fact]
    public async Task List_InOneState_ShowsOnlyThose()
    {
        var (_, active, _) = await SeedThreeAsync();

        var sut = await Sut.ListAsync(new ConnectionQuery(State: ConnectionState.Active), CancellationToken.None);

        Assert.Equal([active], sut.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task List_OfOnePerson_ShowsOnlyTheirs()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var seed = new Seed(db);
        var ana = await seed.PersonAsync("Ana");
        var bo = await seed.PersonAsync("Bo");
        var sam = await seed.PersonAsync("Sam", Role.Mentor, VettingStatus.Approved);
        var anas = await seed.ConnectionAsync(ana, sam, ConnectionState.Active, minute: 10);
        await seed.ConnectionAsync(bo, sam, ConnectionState.Active, minute: 20);

        var sut = await Sut.ListAsync(new ConnectionQuery(PersonId: ana), CancellationToken.None);

        Assert.Equal([anas], sut.Items.Select(c => c.Id));
    }

    private async Task<(long Ended, long Active, long Requested)> SeedThreeAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var seed = new Seed(db);
        var ana = await seed.PersonAsync("Ana");
        var sam = await seed.PersonAsync("Sam", Role.Mentor, VettingStatus.Approved);
        var lee = await seed.PersonAsync("Lee", Role.Mentor, VettingStatus.Approved);
        var ended = await seed.ConnectionAsync(ana, sam, ConnectionState.Ended, minute: 10);
        await seed.RatingAsync(ended, ana, 2, "Felt rushed.");
        var active = await seed.ConnectionAsync(ana, lee, ConnectionState.Active, minute: 20);
        var requested = await seed.ConnectionAsync(ana, sam, ConnectionState.Requested, minute: 30);
        return (ended, active, requested);
    }
}

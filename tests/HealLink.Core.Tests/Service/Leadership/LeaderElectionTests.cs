using HealLink.Core.Service.Leadership;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Service.Leadership;

[Trait("Database", "Postgres")]
public sealed class LeaderElectionTests
{
    private static readonly TimeSpan Term = TimeSpan.FromSeconds(15);

    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TryLeadAsync_TwoProcesses_OneLeadsUntilItsTermRunsOutThenTheOther(DatabaseProvider provider)
    {
        await using var database = await MigratedDatabase.CreateAsync(provider);
        var sut = new LeaderElection(database.Contexts, _clock);

        var first = await sut.TryLeadAsync("gateway", "a", Term, CancellationToken.None);
        var secondWhileHeld = await sut.TryLeadAsync("gateway", "b", Term, CancellationToken.None);
        var firstRenews = await sut.TryLeadAsync("gateway", "a", Term, CancellationToken.None);
        _clock.Now += Term;
        var secondAfterTerm = await sut.TryLeadAsync("gateway", "b", Term, CancellationToken.None);
        var firstAfterLosing = await sut.TryLeadAsync("gateway", "a", Term, CancellationToken.None);

        Assert.Equal([true, false, true, true, false], [first, secondWhileHeld, firstRenews, secondAfterTerm, firstAfterLosing]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ResignAsync_Leader_AnotherLeadsAtOnceAndOtherRolesAreUntouched(DatabaseProvider provider)
    {
        await using var database = await MigratedDatabase.CreateAsync(provider);
        var sut = new LeaderElection(database.Contexts, _clock);
        await sut.TryLeadAsync("gateway", "a", Term, CancellationToken.None);

        await sut.ResignAsync("gateway", "a", CancellationToken.None);

        Assert.True(await sut.TryLeadAsync("gateway", "b", Term, CancellationToken.None));
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal("", (await db.JobLeases.SingleAsync(l => l.Name == "shared-scheduler")).Holder);
    }
}

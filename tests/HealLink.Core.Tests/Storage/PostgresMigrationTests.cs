using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;

namespace HealLink.Core.Tests.Storage;

/// <summary>The migrations on PostgreSQL: their own scripts, applied once, each whole or not at all.</summary>
[Trait("Database", "Postgres")]
public sealed class PostgresMigrationTests
{
    private static MigrationScriptSet Shipped => MigrationScriptSet.LoadEmbedded(DatabaseProvider.Postgres);

    private static IReadOnlyList<int> ShippedVersions => [.. Shipped.InOrder.Select(s => s.Version)];

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryPostgresScriptInOrderThenNothing()
    {
        using var database = new TestDatabase(provider: DatabaseProvider.Postgres);

        var first = await database.CreateRunner(Shipped).MigrateAsync(CancellationToken.None);
        var second = await database.CreateRunner(Shipped).MigrateAsync(CancellationToken.None);

        Assert.Equal(ShippedVersions, first);
        Assert.Empty(second);
        Assert.Equal("initial,quartz", await database.ScalarAsync<string>("SELECT string_agg(name, ',' ORDER BY version) FROM schema_history"));
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM admin_roles"));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'qrtz_triggers'"));
    }

    [Fact]
    public async Task MigrateAsync_ScriptFailsHalfway_NothingOfItRemains()
    {
        using var database = new TestDatabase(provider: DatabaseProvider.Postgres);
        var scripts = new MigrationScriptSet(Shipped.InOrder.Append(MigrationScript.Parse(
            "9001_half.sql",
            "CREATE TABLE notes (id bigint PRIMARY KEY); INSERT INTO notes VALUES (1); SELECT no_such_function();")));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => database.CreateRunner(scripts).MigrateAsync(CancellationToken.None));

        Assert.Contains("9001_half.sql failed and was rolled back", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'notes'"));
        Assert.Equal(ShippedVersions.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_history"));
    }

    [Fact]
    public async Task MigrateAsync_InstancesStartTogether_EachScriptAppliedOnce()
    {
        using var database = new TestDatabase(provider: DatabaseProvider.Postgres);
        using var start = new Barrier(3);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var sut = database.CreateRunner(Shipped);
            start.SignalAndWait();
            return await sut.MigrateAsync(CancellationToken.None);
        })));

        Assert.Equal(ShippedVersions, results.SelectMany(applied => applied).Order());
        Assert.Equal(ShippedVersions.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_history"));
    }
}

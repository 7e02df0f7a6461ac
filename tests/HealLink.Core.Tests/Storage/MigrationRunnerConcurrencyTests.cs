namespace HealLink.Core.Tests.Storage;

/// <summary>The bot and the admin panel (or several bot instances) start together and all migrate the one database.</summary>
public sealed class MigrationRunnerConcurrencyTests
{
    // Slow enough that the second runner arrives while the first still holds the write lock.
    private const string SlowScript = """
        CREATE TABLE numbers (n INTEGER NOT NULL);
        WITH RECURSIVE counter (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 200000)
        INSERT INTO numbers (n) SELECT n FROM counter;
        """;

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task MigrateAsync_RunnersStartTogether_EachScriptAppliedOnce(int runners)
    {
        using var database = new TestDatabase();
        var scripts = TestScripts.EmbeddedPlus(("9001_numbers.sql", SlowScript));
        using var start = new Barrier(runners);

        var results = await Task.WhenAll(Enumerable.Range(0, runners).Select(_ => Task.Run(async () =>
        {
            var sut = database.CreateRunner(scripts);
            start.SignalAndWait();
            return await sut.MigrateAsync(CancellationToken.None);
        })));

        Assert.Equal([.. TestScripts.ShippedVersions, 9001], results.SelectMany(applied => applied).Order());
        Assert.Equal(TestScripts.ShippedVersions.Count + 1, await database.ScalarAsync<long>("SELECT count(*) FROM schema_history"));
        Assert.Equal(200000, await database.ScalarAsync<long>("SELECT count(*) FROM numbers"));
    }
}

using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;

namespace HealLink.Core.Tests.Storage;

[Trait("Database", "Sqlite")]
public sealed class MigrationRunnerTests
{
    private const string AddNotes = "CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body TEXT NOT NULL);";
    private const string AddTags = "CREATE TABLE tags (id INTEGER NOT NULL PRIMARY KEY);";

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryScriptInOrder()
    {
        using var database = new TestDatabase();
        var sut = database.CreateRunner(
            TestScripts.EmbeddedPlus(("9002_add_tags.sql", AddTags), ("9001_add_notes.sql", AddNotes)));

        var applied = await sut.MigrateAsync(CancellationToken.None);

        Assert.Equal([.. TestScripts.ShippedVersions, 9001, 9002], applied);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'notes'"));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'tags'"));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        using var database = new TestDatabase();
        await database.CreateRunner().MigrateAsync(CancellationToken.None);
        var sut = database.CreateRunner();

        var applied = await sut.MigrateAsync(CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal(TestScripts.ShippedVersions.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_history"));
    }

    [Fact]
    public async Task MigrateAsync_NewScriptShipped_AppliesOnlyTheNewOne()
    {
        using var database = new TestDatabase();
        await database.CreateRunner().MigrateAsync(CancellationToken.None);
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes)));

        var applied = await sut.MigrateAsync(CancellationToken.None);

        Assert.Equal([9001], applied);
    }

    [Fact]
    public async Task MigrateAsync_ScriptApplied_RecordsVersionNameChecksumAndTime()
    {
        using var database = new TestDatabase();
        var now = new DateTimeOffset(2025, 3, 1, 12, 30, 15, 250, TimeSpan.Zero);
        var scripts = TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes));
        var sut = database.CreateRunner(scripts, new FixedTimeProvider(now));

        await sut.MigrateAsync(CancellationToken.None);

        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = connection.BeginTransaction();
        var history = await SchemaHistory.ReadAsync(transaction, DatabaseProvider.Sqlite, CancellationToken.None);
        Assert.Equal(
            scripts.InOrder.Select(s => new AppliedMigration(s.Version, s.Name, s.Checksum, now)),
            history.Values.OrderBy(row => row.Version));
        Assert.Equal("initial", history[1].Name);
        Assert.Matches("^[0-9a-f]{64}$", history[1].Checksum);
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptEdited_FailsNamingTheScript()
    {
        using var database = new TestDatabase();
        await database.CreateRunner().MigrateAsync(CancellationToken.None);
        await database.ExecuteAsync("UPDATE schema_history SET checksum = 'abc123' WHERE version = 1");
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes)));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains("0001_initial.sql was edited after it was applied", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'notes'"));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseFromNewerBuild_Fails()
    {
        using var database = new TestDatabase();
        await database.CreateRunner().MigrateAsync(CancellationToken.None);
        await database.ExecuteAsync(
            "INSERT INTO schema_history (version, name, checksum, applied_at) VALUES (9999, 'future', 'ff', 0)");
        var sut = database.CreateRunner();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains("created by a newer HealLink", exception.Message, StringComparison.Ordinal);
        Assert.Contains("9999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptRemoved_Fails()
    {
        using var database = new TestDatabase();
        await database.CreateRunner(TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes), ("9002_add_tags.sql", AddTags)))
            .MigrateAsync(CancellationToken.None);
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(("9002_add_tags.sql", AddTags)));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains("Schema version 9001 ('add_notes') is recorded as applied", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptRenamed_Fails()
    {
        using var database = new TestDatabase();
        await database.CreateRunner(TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes)))
            .MigrateAsync(CancellationToken.None);
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(("9001_notes.sql", AddNotes)));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains("must not be renamed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_OlderScriptNeverApplied_Fails()
    {
        using var database = new TestDatabase();
        await database.CreateRunner(TestScripts.EmbeddedPlus(("9002_add_tags.sql", AddTags)))
            .MigrateAsync(CancellationToken.None);
        var sut = database.CreateRunner(
            TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes), ("9002_add_tags.sql", AddTags)));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains("9001_add_notes.sql was never applied", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_ScriptFails_RollsBackTheWholeScript()
    {
        using var database = new TestDatabase();
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(
            ("9001_broken.sql", "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);")));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains("9001_broken.sql failed and was rolled back", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        Assert.Equal(TestScripts.ShippedVersions[^1], await database.ScalarAsync<long>("SELECT max(version) FROM schema_history"));
    }

    [Fact]
    public async Task MigrateAsync_ScriptLeavesDanglingForeignKey_RollsBack()
    {
        using var database = new TestDatabase();
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus((
            "9001_orphan.sql",
            "INSERT INTO platform_accounts (person_id, platform, platform_user_id, chat_id, created_at) " +
            "VALUES (999, 'Telegram', 'u', 'c', 0);")));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.MigrateAsync(CancellationToken.None));

        Assert.Contains(
            "rows in 'platform_accounts' whose foreign key points to no row in 'people'",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM platform_accounts"));
    }

    [Fact]
    public async Task MigrateAsync_ScriptRebuildsReferencedTable_KeepsReferencingRows()
    {
        using var database = new TestDatabase();
        await database.CreateRunner().MigrateAsync(CancellationToken.None);
        await database.ExecuteAsync("""
            PRAGMA foreign_keys = ON;
            INSERT INTO people (id, created_at) VALUES (1, 0);
            INSERT INTO platform_accounts (person_id, platform, platform_user_id, chat_id, created_at)
            VALUES (1, 'Telegram', 'u', 'c', 0);
            """);
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(("9001_rebuild_people.sql", """
            CREATE TABLE people_new (
                id INTEGER NOT NULL CONSTRAINT pk_people PRIMARY KEY AUTOINCREMENT,
                created_at INTEGER NOT NULL
            );
            INSERT INTO people_new (id, created_at) SELECT id, created_at FROM people;
            DROP TABLE people;
            ALTER TABLE people_new RENAME TO people;
            """)));

        await sut.MigrateAsync(CancellationToken.None);

        // With foreign keys on, DROP TABLE people would have cascaded to the account.
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM platform_accounts"));
    }

    [Fact]
    public async Task MigrateAsync_AfterMigrating_JournalModeIsWal()
    {
        using var database = new TestDatabase();
        var sut = database.CreateRunner();

        await sut.MigrateAsync(CancellationToken.None);

        Assert.Equal("wal", await database.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task MigrateAsync_ScriptsApplied_LogsEachVersion()
    {
        using var database = new TestDatabase();
        var logger = new ListLogger<MigrationRunner>();
        var sut = database.CreateRunner(TestScripts.EmbeddedPlus(("9001_add_notes.sql", AddNotes)), logger: logger);

        await sut.MigrateAsync(CancellationToken.None);
        await sut.MigrateAsync(CancellationToken.None);

        var shipped = MigrationScriptSet.LoadEmbedded(DatabaseProvider.Sqlite).InOrder
            .Select(s => $"Applied database migration {s.Version} ({s.Name})");
        Assert.Equal(
            [.. shipped, "Applied database migration 9001 (add_notes)", "Database schema is current at version 9001"],
            logger.Messages);
    }
}

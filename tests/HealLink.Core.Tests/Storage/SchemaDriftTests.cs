using HealLink.Core.Storage;

namespace HealLink.Core.Tests.Storage;

/// <summary>
/// The migrations are written by hand; this is what tells us when they no longer build the schema the EF model
/// expects (a property added without a migration, a changed index, a different delete rule).
/// </summary>
public sealed class SchemaDriftTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [Trait("Database", "Postgres")]
    public async Task Migrations_ComparedWithModel_BuildTheSameSchema(DatabaseProvider provider)
    {
        using var migrated = new TestDatabase(provider: provider);
        using var fromModel = new TestDatabase(provider: provider);
        await migrated.CreateRunner().MigrateAsync(CancellationToken.None);
        await using (var context = fromModel.CreateBareContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var migratedSchema = await ReadAsync(migrated);
        var modelSchema = await ReadAsync(fromModel);

        var diff = SchemaSnapshot.Diff(migratedSchema, "migrations", modelSchema, "EF model");
        Assert.True(diff.Length == 0, $"The migrations and the EF model disagree; add a migration.\n{diff}");
        Assert.Equal(
            ["audit_entries", "connection_ratings", "connections", "conversation_states", "conversation_threads", "crisis_flags", "encryption_key_checks", "inbound_receipts", "job_executions", "job_leases", "match_waits", "outbox_messages", "people", "platform_accounts", "process_statuses", "profile_vectors", "profiles", "relayed_messages", "reports", "safety_notes"],
            migratedSchema.Tables);
    }

    [Fact]
    [Trait("Database", "Sqlite")] // written in SQLite's DDL
    public async Task Diff_ColumnIndexAndDeleteRuleChanged_ReportsEachDifference()
    {
        using var database = new TestDatabase();
        await database.ExecuteAsync("""
            CREATE TABLE parents (id INTEGER NOT NULL PRIMARY KEY);
            CREATE TABLE children (
                id INTEGER NOT NULL PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_children_parent_id ON children (parent_id) WHERE parent_id > 0;
            """);
        var before = await ReadAsync(database);
        await database.ExecuteAsync("""
            DROP TABLE children;
            CREATE TABLE children (
                id INTEGER NOT NULL PRIMARY KEY,
                parent_id INTEGER NULL REFERENCES parents (id) ON DELETE SET NULL,
                note TEXT NULL
            );
            CREATE UNIQUE INDEX ix_children_parent_id ON children (parent_id);
            """);
        var after = await ReadAsync(database);

        var sut = SchemaSnapshot.Diff(before, "before", after, "after");

        Assert.Contains("only in before: column #1 parent_id INTEGER NOT NULL", sut, StringComparison.Ordinal);
        Assert.Contains("only in after: column #2 note TEXT NULL", sut, StringComparison.Ordinal);
        Assert.Contains(
            "only in before: index ix_children_parent_id (parent_id) where parent_id > 0",
            sut,
            StringComparison.Ordinal);
        Assert.Contains("only in after: unique index ix_children_parent_id (parent_id)", sut, StringComparison.Ordinal);
        Assert.Contains("on delete CASCADE", sut, StringComparison.Ordinal);
        Assert.Contains("on delete SET NULL", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("table parents", sut, StringComparison.Ordinal);
    }

    /// <summary>The admin panel's account tables (prefix <c>admin_</c>) are its own model's; its tests compare them.</summary>
    private static async Task<SchemaSnapshot> ReadAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await SchemaSnapshot.ReadAsync(connection, table => !table.StartsWith("admin_", StringComparison.Ordinal));
    }
}

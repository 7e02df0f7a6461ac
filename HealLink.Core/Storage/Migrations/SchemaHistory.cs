using Microsoft.Data.Sqlite;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// The <c>schema_history</c> table: one row per applied migration, written in that migration's transaction.
/// </summary>
internal static class SchemaHistory
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS schema_history (
            version    INTEGER NOT NULL CONSTRAINT pk_schema_history PRIMARY KEY,
            name       TEXT    NOT NULL,
            checksum   TEXT    NOT NULL,
            applied_at INTEGER NOT NULL
        );
        """;

    public static async Task<IReadOnlyDictionary<int, AppliedMigration>> ReadAsync(
        SqliteTransaction transaction,
        CancellationToken cancellationToken)
    {
        await ExecuteAsync(transaction, CreateSql, cancellationToken);

        await using var command = Command(transaction, "SELECT version, name, checksum, applied_at FROM schema_history;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, AppliedMigration>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new AppliedMigration(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
            applied.Add(row.Version, row);
        }

        return applied;
    }

    public static async Task RecordAsync(
        SqliteTransaction transaction,
        MigrationScript script,
        DateTimeOffset appliedAt,
        CancellationToken cancellationToken)
    {
        await using var command = Command(
            transaction,
            """
            INSERT INTO schema_history (version, name, checksum, applied_at)
            VALUES ($version, $name, $checksum, $appliedAt);
            """);
        command.Parameters.AddWithValue("$version", script.Version);
        command.Parameters.AddWithValue("$name", script.Name);
        command.Parameters.AddWithValue("$checksum", script.Checksum);
        command.Parameters.AddWithValue("$appliedAt", appliedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

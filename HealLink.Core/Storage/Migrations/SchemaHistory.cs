using System.Data.Common;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// The <c>schema_history</c> table: one row per applied migration, written in that migration's transaction.
/// </summary>
internal static class SchemaHistory
{
    private const string CreateSqliteSql = """
        CREATE TABLE IF NOT EXISTS schema_history (
            version    INTEGER NOT NULL CONSTRAINT pk_schema_history PRIMARY KEY,
            name       TEXT    NOT NULL,
            checksum   TEXT    NOT NULL,
            applied_at INTEGER NOT NULL
        );
        """;

    // SQLite's INTEGER is 64 bits; PostgreSQL's is 32, too small for Unix milliseconds.
    private const string CreatePostgresSql = """
        CREATE TABLE IF NOT EXISTS schema_history (
            version    integer NOT NULL CONSTRAINT pk_schema_history PRIMARY KEY,
            name       text    NOT NULL,
            checksum   text    NOT NULL,
            applied_at bigint  NOT NULL
        );
        """;

    public static async Task<IReadOnlyDictionary<int, AppliedMigration>> ReadAsync(
        DbTransaction transaction,
        DatabaseProvider provider,
        CancellationToken cancellationToken)
    {
        await using (var create = Command(transaction, provider == DatabaseProvider.Postgres ? CreatePostgresSql : CreateSqliteSql))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

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
        DbTransaction transaction,
        MigrationScript script,
        DateTimeOffset appliedAt,
        CancellationToken cancellationToken)
    {
        await using var command = Command(
            transaction,
            """
            INSERT INTO schema_history (version, name, checksum, applied_at)
            VALUES (@version, @name, @checksum, @appliedAt);
            """);
        command.AddParameter("@version", script.Version);
        command.AddParameter("@name", script.Name);
        command.AddParameter("@checksum", script.Checksum);
        command.AddParameter("@appliedAt", appliedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

using Microsoft.Data.Sqlite;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// A SQLite file opened for migrating: each script holds SQLite's write lock from the start of its transaction, so a
/// second process waits, then finds the first one's history row. Foreign keys are off meanwhile (see README.md).
/// </summary>
internal sealed class SqliteMigrationTarget : IMigrationTarget
{
    private readonly SqliteConnection _connection;

    private SqliteMigrationTarget(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteMigrationTarget> OpenAsync(DatabaseOptions options, CancellationToken cancellationToken)
    {
        // Not pooled: this connection runs with foreign keys off and must not be handed to the app afterwards.
        var connectionString = new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = false };
        var connection = new SqliteConnection(connectionString.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Off while migrating so a script can rebuild a table the way SQLite documents for ALTER TABLE (create,
            // copy, drop, rename) without cascades firing; ForeignKeyCheck checks the result before each commit.
            // It has to be set here: inside a transaction the pragma is silently ignored.
            await new SqliteConnectionSettings(options.BusyTimeoutSeconds, foreignKeys: false)
                .ApplyAsync(connection, cancellationToken);
            await EnableWriteAheadLogAsync(connection, cancellationToken);
            return new SqliteMigrationTarget(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<MigrationScript?> ApplyNextAsync(MigrationScriptSet scripts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken before the history is read, not on the first
        // write, so two processes cannot both decide the same script is pending.
        await using var transaction = _connection.BeginTransaction(deferred: false);
        return await MigrationStep.ApplyNextAsync(
            transaction, DatabaseProvider.Sqlite, scripts, now, script => ExecuteAsync(transaction, script, cancellationToken), cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task ExecuteAsync(SqliteTransaction transaction, MigrationScript script, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = script.Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException exception)
        {
            throw new InvalidOperationException(
                $"Migration {script.FileName} failed and was rolled back: {exception.Message}", exception);
        }

        await ForeignKeyCheck.EnsureNoViolationsAsync(transaction, script, cancellationToken);
    }

    // WAL is stored in the file, so setting it once here covers every later connection of every process; it lets
    // the admin panel read while the bot writes.
    private static async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = await command.ExecuteScalarAsync(cancellationToken) as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The database could not be switched to WAL journal mode (it stayed '{mode}'), which the bot and " +
                "the admin panel need to share the file. Is it on a network file system?");
        }
    }
}

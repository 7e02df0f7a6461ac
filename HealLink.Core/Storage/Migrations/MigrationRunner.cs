using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// Brings the SQLite database up to the latest schema this build knows. Safe to run from the bot and the admin
/// panel at the same moment: each migration holds SQLite's write lock from the start of its transaction, so the
/// second process waits, then finds the first one's history rows and applies nothing twice.
/// </summary>
internal sealed class MigrationRunner(
    IOptions<DatabaseOptions> options,
    MigrationScriptSet scripts,
    TimeProvider timeProvider,
    ILogger<MigrationRunner> logger)
{
    private readonly DatabaseOptions _options = options.Value;

    /// <summary>Returns the versions this call applied, in order; empty when the schema was already current.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await EnableWriteAheadLogAsync(connection, cancellationToken);

        var applied = new List<int>();
        while (await ApplyNextAsync(connection, cancellationToken) is { } script)
        {
            logger.LogInformation("Applied database migration {Version} ({Name})", script.Version, script.Name);
            applied.Add(script.Version);
        }

        if (applied.Count == 0)
        {
            logger.LogInformation("Database schema is current at version {Version}", scripts.LatestVersion);
        }

        return applied;
    }

    private async Task<MigrationScript?> ApplyNextAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken before the history is read, not on the first
        // write, so two processes cannot both decide the same script is pending.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var history = await SchemaHistory.ReadAsync(transaction, cancellationToken);
        MigrationHistoryCheck.Verify(history, scripts);

        var next = scripts.InOrder.FirstOrDefault(s => !history.ContainsKey(s.Version));
        if (next is not null)
        {
            await ExecuteScriptAsync(transaction, next, cancellationToken);
            await SchemaHistory.RecordAsync(transaction, next, timeProvider.GetUtcNow(), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return next;
    }

    private static async Task ExecuteScriptAsync(
        SqliteTransaction transaction,
        MigrationScript script,
        CancellationToken cancellationToken)
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

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Not pooled: this connection runs with foreign keys off and must not be handed to the app afterwards.
        var connectionString = new SqliteConnectionStringBuilder(_options.ConnectionString) { Pooling = false };
        var connection = new SqliteConnection(connectionString.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Off while migrating so a script can rebuild a table the way SQLite documents for ALTER TABLE (create,
            // copy, drop, rename) without cascades firing; ForeignKeyCheck checks the result before each commit.
            // It has to be set here: inside a transaction the pragma is silently ignored.
            await new SqliteConnectionSettings(_options.BusyTimeoutSeconds, foreignKeys: false)
                .ApplyAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
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

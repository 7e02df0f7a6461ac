using Npgsql;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// A PostgreSQL database opened for migrating. The connection holds a session advisory lock from open to dispose, so
/// instances starting together migrate one after the other; PostgreSQL's DDL is transactional, so a script that fails
/// leaves nothing behind. Foreign keys stay on: PostgreSQL's ALTER TABLE makes the changes SQLite needs rebuilds for.
/// </summary>
internal sealed class PostgresMigrationTarget : IMigrationTarget
{
    // "HL-migra" in ASCII: not the key the application's write transactions take (PostgresWriteLock).
    private const string LockSql = "SELECT pg_advisory_lock(5209588816903893601)";
    private const string UnlockSql = "SELECT pg_advisory_unlock(5209588816903893601)";

    private readonly NpgsqlConnection _connection;

    private PostgresMigrationTarget(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresMigrationTarget> OpenAsync(DatabaseOptions options, CancellationToken cancellationToken)
    {
        // Not pooled: the session lock belongs to this connection alone and ends with it, whatever happens.
        var connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(connectionString.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(LockSql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresMigrationTarget(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<MigrationScript?> ApplyNextAsync(MigrationScriptSet scripts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        return await MigrationStep.ApplyNextAsync(
            transaction, DatabaseProvider.Postgres, scripts, now, script => ExecuteAsync(transaction, script, cancellationToken), cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlTransaction transaction, MigrationScript script, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand(script.Sql, transaction.Connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new InvalidOperationException(
                $"Migration {script.FileName} failed and was rolled back: {exception.MessageText}", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                await using var command = new NpgsqlCommand(UnlockSql, _connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealLink.Core.Storage;

/// <summary>
/// Orders the write transactions the application begins on PostgreSQL, as SQLite's one writer orders them. A
/// transaction without a <see cref="HealLinkDbContext.WriteKey"/> (jobs, the panel, matching's index) waits for every
/// other, as on SQLite, so the invariants written against SQLite (a mentor's capacity at accept, one pending request
/// per mentee) hold unchanged. A keyed one (one chat's update, one claimed outbox row) waits only for those without a
/// key and those with its own: people in different chats are served side by side, by any instance. Where two keyed
/// transactions meet on a row (both sides of one connection), the row's concurrency token turns the second into a
/// retry. The locks are PostgreSQL's transaction-scoped advisory locks, released at commit or rollback, so a dead
/// instance never leaves one held.
/// </summary>
internal sealed class PostgresWriteLock : DbTransactionInterceptor
{
    // The key is "HealLink" in ASCII (0x4865616C4C696E6B), shared by every instance of every HealLink process; the
    // migrations hold a different one (PostgresMigrationTarget). A keyed transaction holds it shared, the others alone.
    private const string AloneSql = "SELECT pg_advisory_xact_lock(5216682861144927851)";

    private const string KeyedSql =
        "SELECT pg_advisory_xact_lock_shared(5216682861144927851), pg_advisory_xact_lock(hashtextextended(@key, 0))";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result, eventData);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, TransactionEndEventData eventData)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        if ((eventData.Context as HealLinkDbContext)?.WriteKey is { } key)
        {
            command.CommandText = KeyedSql;
            command.AddParameter("@key", key);
        }
        else
        {
            command.CommandText = AloneSql;
        }

        return command;
    }
}

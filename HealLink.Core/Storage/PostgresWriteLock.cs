using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealLink.Core.Storage;

/// <summary>
/// Makes every transaction the application begins on PostgreSQL wait for the one before it, as SQLite's
/// <c>BEGIN IMMEDIATE</c> does. The code's invariants (one pending request per mentee, a mentor's capacity checked at
/// accept, a conversation's version) were written against SQLite's single writer and hold unchanged this way; what
/// scales across instances is everything outside a transaction: receiving, crisis checks, embeddings and sending,
/// which is where the time goes. The lock is PostgreSQL's transaction-scoped advisory lock, released at commit or
/// rollback, so a dead instance never leaves it held.
/// </summary>
internal sealed class PostgresWriteLock : DbTransactionInterceptor
{
    // The key is "HealLink" in ASCII (0x4865616C4C696E6B), shared by every instance of every HealLink process; the
    // migrations hold a different one (PostgresMigrationTarget).
    private const string Sql = "SELECT pg_advisory_xact_lock(5216682861144927851)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        return command;
    }
}

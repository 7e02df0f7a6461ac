using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Rewrites every value not under the current key (values under an older key, and plain text written before encryption
/// existed) under the current one, a batch per transaction, so reads and writes go on meanwhile: an older key still
/// decrypts what it wrote until its values are done. A value changed by the application between the read and the write
/// is left as the application wrote it (already under the current key).
/// </summary>
public sealed class FieldReEncryptor(
    IDbContextFactory<HealLinkDbContext> contexts,
    FieldCipher cipher,
    KeyVerification verification,
    IOptions<EncryptionOptions> options)
{
    /// <returns>How many values were rewritten.</returns>
    public async Task<int> ReEncryptAsync(CancellationToken cancellationToken)
    {
        if (!cipher.Enabled)
        {
            return 0;
        }

        // A key made current since start-up (keys rotate) gets its check value before anything is written under it.
        await verification.RunAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rewritten = 0;
        foreach (var (table, column) in EncryptedColumns.In(db.Model))
        {
            var columns = new RowColumns(table, KeyOf(db.Model, table), column);
            long after = 0;
            while (await NextBatchAsync(db, columns, after, cancellationToken) is { Count: > 0 } batch)
            {
                rewritten += await RewriteAsync(db, columns, batch, cancellationToken);
                after = batch[^1].Key;
            }
        }

        return rewritten;
    }

    // Every table with an encrypted column has one integer key (an id or a person's id), on every provider; a batch
    // resumes after the last key it saw.
    private static string KeyOf(IModel model, string table) =>
        model.GetEntityTypes().First(entity => entity.GetTableName() == table).FindPrimaryKey()!.Properties.Single().GetColumnName();

    private async Task<List<(long Key, string Stored)>> NextBatchAsync(
        HealLinkDbContext db, RowColumns columns, long after, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var (table, key, column) = columns;
            command.CommandText =
                $"SELECT \"{key}\", \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL AND \"{key}\" > @after " +
                $"AND substr(\"{column}\", 1, length(@header)) <> @header ORDER BY \"{key}\" LIMIT @batch";
            command.AddParameter("@after", after);
            command.AddParameter("@header", cipher.CurrentHeader);
            command.AddParameter("@batch", options.Value.RotationBatchSize);
            var batch = new List<(long, string)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                batch.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            return batch;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> RewriteAsync(
        HealLinkDbContext db, RowColumns columns, List<(long Key, string Stored)> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rewritten = 0;
        var (table, key, column) = columns;
        foreach (var (rowKey, stored) in batch)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = @value WHERE \"{key}\" = @key AND \"{column}\" = @stored";
            command.AddParameter("@value", cipher.Encrypt(cipher.Decrypt(stored)));
            command.AddParameter("@key", rowKey);
            command.AddParameter("@stored", stored);
            rewritten += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rewritten;
    }

    private sealed record RowColumns(string Table, string Key, string Column);
}

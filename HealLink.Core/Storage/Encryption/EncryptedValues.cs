using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Storage.Encryption;

/// <summary>The encrypted columns read and written in SQL, under the model's own names, where EF's converters do not apply.</summary>
internal static class EncryptedValues
{
    /// <summary>Whether any encrypted column holds a value in the encrypted format.</summary>
    public static async Task<bool> AnyAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var (table, column) in EncryptedColumns.In(db.Model))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT 1 FROM \"{table}\" WHERE substr(\"{column}\", 1, {StoredValue.Prefix.Length}) = @prefix LIMIT 1";
                command.AddParameter("@prefix", StoredValue.Prefix);
                if (await command.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

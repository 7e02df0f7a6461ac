using Microsoft.Data.Sqlite;

namespace HealLink.Core.Storage.Migrations;

/// <summary>Stands in for foreign key enforcement, which is off while migrating.</summary>
internal static class ForeignKeyCheck
{
    public static async Task EnsureNoViolationsAsync(
        SqliteTransaction transaction,
        MigrationScript script,
        CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            // Table and parent names only: row contents could be personal data.
            throw new InvalidOperationException(
                $"Migration {script.FileName} was rolled back: it leaves rows in '{reader.GetString(0)}' whose " +
                $"foreign key points to no row in '{reader.GetString(2)}'.");
        }
    }
}

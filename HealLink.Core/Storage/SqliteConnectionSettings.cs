using System.Data.Common;
using System.Globalization;

namespace HealLink.Core.Storage;

/// <summary>
/// The per-connection SQLite settings that let the bot and the admin panel share one file. None of them is stored
/// in the file (unlike WAL mode), so every opened connection needs them.
/// </summary>
internal sealed class SqliteConnectionSettings(int busyTimeoutSeconds, bool foreignKeys)
{
    // busy_timeout first: the statements after it may already have to wait for another process.
    // synchronous=NORMAL is durable against application crashes in WAL mode and avoids an fsync per commit.
    private readonly string _pragmas = string.Join(
        ' ',
        string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyTimeoutSeconds * 1000};"),
        foreignKeys ? "PRAGMA foreign_keys = ON;" : "PRAGMA foreign_keys = OFF;",
        "PRAGMA synchronous = NORMAL;");

    public void Apply(DbConnection connection)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        return command;
    }
}

using Microsoft.Data.Sqlite;

namespace HealLink.Core.Storage.Backups;

/// <summary>The database's file, as backup and restore see it: only the embedded SQLite one, read without writing.</summary>
internal static class SqliteFiles
{
    /// <summary>The file the options name; PostgreSQL has its own tools, which <paramref name="otherwise"/> names.</summary>
    public static string Of(DatabaseOptions options, string otherwise)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException(otherwise);
        }

        return Path.GetFullPath(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource);
    }

    /// <summary>A connection that cannot change the file, waiting up to <paramref name="busyTimeoutSeconds"/> for a writer.</summary>
    public static SqliteConnection ReadOnly(string file, int busyTimeoutSeconds = 30) => new(new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
        DefaultTimeout = busyTimeoutSeconds,
    }.ToString());

    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

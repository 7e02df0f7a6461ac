using HealLink.Core.Tests.Storage;
using Npgsql;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// A database of its own on the throwaway PostgreSQL server (<see cref="TestPostgres"/>), with the reads the
/// reliability tests make of it; dropped when disposed, whatever is still connected to it (a bot process killed on
/// purpose leaves its sessions until the server notices).
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    private PostgresDatabase(string connectionString) => ConnectionString = connectionString;

    /// <summary>The new database's connection string, for the bot processes and the test's own reads.</summary>
    public string ConnectionString { get; }

    public static PostgresDatabase Create(string prefix) =>
        new(TestPostgres.CreateDatabase($"{prefix}_{Guid.NewGuid():N}"));

    public async Task<long> CountAsync(string sql) => (await NumbersAsync(sql)).Single();

    /// <summary>The first column of every row, as numbers.</summary>
    public async Task<List<long>> NumbersAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var numbers = new List<long>();
        while (await reader.ReadAsync())
        {
            numbers.Add(reader.GetInt64(0));
        }

        return numbers;
    }

    public void Dispose() => TestPostgres.DropDatabase(ConnectionString);
}

using Npgsql;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// A database of its own on the throwaway PostgreSQL server <c>tools/test.sh</c> starts (<c>tools/postgres.sh</c>),
/// whose admin connection string is in <c>HEALLINK_TEST_POSTGRES</c>; dropped when disposed, whatever is still
/// connected to it (a bot process killed on purpose leaves its sessions until the server notices).
/// </summary>
internal sealed class TestPostgres : IDisposable
{
    public const string ServerVariable = "HEALLINK_TEST_POSTGRES";

    private TestPostgres(string connectionString) => ConnectionString = connectionString;

    /// <summary>The new database's connection string, for the bot processes and the test's own reads.</summary>
    public string ConnectionString { get; }

    private static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with tools/test.sh, which starts a throwaway PostgreSQL " +
                "server (tools/postgres.sh) and sets it.");

    public static TestPostgres Create(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new TestPostgres(new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString());
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

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

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

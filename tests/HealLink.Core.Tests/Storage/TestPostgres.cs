using Npgsql;

namespace HealLink.Core.Tests.Storage;

/// <summary>
/// The throwaway PostgreSQL server <c>tools/test.sh</c> starts (<c>tools/postgres.sh</c>): its connection string is in
/// <c>HEALLINK_TEST_POSTGRES</c>. Each test gets a database of its own, made here and dropped after it.
/// </summary>
internal static class TestPostgres
{
    public const string ServerVariable = "HEALLINK_TEST_POSTGRES";

    /// <summary>Set to <c>Postgres</c> for the suite's PostgreSQL leg: every <c>TestDatabase</c> is then a PostgreSQL database.</summary>
    public const string ProviderVariable = "HEALLINK_TEST_DATABASE";

    public static bool IsSuiteProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with tools/test.sh, which starts a throwaway PostgreSQL " +
                "server (tools/postgres.sh) and sets it.");

    /// <summary>Makes an empty database and returns its connection string.</summary>
    public static string CreateDatabase(string name)
    {
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    public static void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends what a test left connected (a process killed on purpose, a pool not yet cleared).
        Execute($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

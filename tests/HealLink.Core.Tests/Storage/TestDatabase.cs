using System.Data.Common;
using System.Globalization;
using HealLink.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealLink.Core.Tests.Storage;

/// <summary>
/// A real database of a test's own, deleted on dispose: a SQLite file in a temporary directory, or, on the suite's
/// PostgreSQL leg (<see cref="SuiteProvider"/>) or when asked for, a new database on the test server.
/// The directory exists either way, for what lives beside a database (the key file, a backup).
/// </summary>
internal sealed partial class TestDatabase : IDisposable
{
    public TestDatabase(string fileName = "heallink.db", DatabaseProvider? provider = null)
    {
        Provider = provider ?? SuiteProvider;
        var name = Guid.NewGuid().ToString("N");
        DirectoryPath = Path.Combine(Path.GetTempPath(), "heallink-tests", name);
        Directory.CreateDirectory(DirectoryPath);
        FilePath = Path.Combine(DirectoryPath, fileName);
        ConnectionString = Provider == DatabaseProvider.Postgres
            ? TestPostgres.CreateDatabase("heallink_" + name)
            : $"Data Source={FilePath}";
    }

    /// <summary>The provider of a database made without naming one: PostgreSQL on the suite's PostgreSQL leg.</summary>
    public static DatabaseProvider SuiteProvider =>
        TestPostgres.IsSuiteProvider ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public DatabaseProvider Provider { get; }

    public string DirectoryPath { get; }

    /// <summary>The SQLite file (on PostgreSQL, where a file beside the database would be: only the directory exists).</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// What the application needs to be told to use this database: its connection string and provider, and on
    /// PostgreSQL the key file, which has no database file to sit beside.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider == DatabaseProvider.Postgres
        ? new Dictionary<string, string?>
        {
            ["ConnectionStrings:HealLink"] = ConnectionString,
            ["Database:Provider"] = "Postgres",
            ["Encryption:KeyFile"] = Path.Combine(DirectoryPath, "heallink.keys.json"),
        }
        : new Dictionary<string, string?> { ["ConnectionStrings:HealLink"] = ConnectionString };

    /// <summary><see cref="Settings"/> as command-line arguments, for a host or a process started with them.</summary>
    public string[] Arguments => [.. Settings.Select(setting => $"--{setting.Key}={setting.Value}")];

    /// <summary>The application's own registration, configured with this database and <paramref name="settings"/>.</summary>
    public ServiceProvider CreateServices(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddHealLinkStorage(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>A context straight from the model, without the application's interceptor.</summary>
    public HealLinkDbContext CreateBareContext()
    {
        var builder = new DbContextOptionsBuilder<HealLinkDbContext>();
        return new(Provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(ConnectionString).Options
            : builder.UseSqlite(ConnectionString).Options);
    }

    /// <summary>A plain connection for inspecting the database, outside the application's settings.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString())
            : new SqliteConnection($"{ConnectionString};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row.</summary>
    public async Task<IReadOnlyList<T>> ColumnAsync<T>(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add((T)Convert.ChangeType(reader.GetValue(0), typeof(T), CultureInfo.InvariantCulture));
        }

        return values;
    }

    /// <summary>Every table in the database, Quartz's and the migrations' own included.</summary>
    public async Task<IReadOnlyList<string>> TableNamesAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == DatabaseProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            TestPostgres.DropDatabase(ConnectionString);
        }
        else
        {
            // Pooled connections keep the file open; release them so the directory can go.
            using var connection = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(DirectoryPath, recursive: true);
    }
}

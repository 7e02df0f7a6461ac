using System.Globalization;
using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Storage;

/// <summary>A real SQLite file in a temporary directory of its own, deleted with the directory on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase(string fileName = "heallink.db")
    {
        DirectoryPath = Path.Combine(Path.GetTempPath(), "heallink-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DirectoryPath);
        FilePath = Path.Combine(DirectoryPath, fileName);
    }

    public string DirectoryPath { get; }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>The application's own registration, configured with this file and <paramref name="settings"/>.</summary>
    public ServiceProvider CreateServices(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:HealLink"] = ConnectionString };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddHealLinkStorage(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public MigrationRunner CreateRunner(
        MigrationScriptSet? scripts = null,
        TimeProvider? timeProvider = null,
        ILogger<MigrationRunner>? logger = null) =>
        new(
            Options.Create(new DatabaseOptions { ConnectionString = ConnectionString }),
            scripts ?? MigrationScriptSet.LoadEmbedded(DatabaseProvider.Sqlite),
            timeProvider ?? TimeProvider.System,
            logger ?? NullLogger<MigrationRunner>.Instance);

    /// <summary>A context straight from the model, without the application's interceptor.</summary>
    public HealLinkDbContext CreateBareContext() =>
        new(new DbContextOptionsBuilder<HealLinkDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>A plain connection for inspecting the file, outside the application's settings.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection($"{ConnectionString};Pooling=False");
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

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the directory can go.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(DirectoryPath, recursive: true);
    }
}

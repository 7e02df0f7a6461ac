using HealLink.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Benchmarks.Shared;

/// <summary>
/// A fresh SQLite file in a temporary directory of its own, served by the application's storage registration (so
/// journal mode and per-connection pragmas are exactly production's) plus whatever the caller registers; migrated.
/// Disposing it deletes the directory.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _directoryPath;
    private readonly string _connectionString;
    private readonly ServiceProvider _services;

    private BenchmarkDatabase(string directoryPath, string connectionString, ServiceProvider services)
    {
        _directoryPath = directoryPath;
        _connectionString = connectionString;
        _services = services;
        Contexts = services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>();
    }

    public IServiceProvider Services => _services;

    public IDbContextFactory<HealLinkDbContext> Contexts { get; }

    public static async Task<BenchmarkDatabase> StartAsync(
        Action<IServiceCollection, IConfiguration> register,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var directoryPath = Path.Combine(Path.GetTempPath(), "heallink-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directoryPath);
        var connectionString = $"Data Source={Path.Combine(directoryPath, "heallink.db")}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HealLink"] = connectionString })
            .Build();
        var services = new ServiceCollection().AddHealLinkStorage(configuration);
        register(services, configuration);

        var database = new BenchmarkDatabase(
            directoryPath,
            connectionString,
            services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        try
        {
            await database._services.MigrateHealLinkDatabaseAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();

        // Pooled connections keep the file open; release them so the directory can go.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_directoryPath, recursive: true);
    }
}

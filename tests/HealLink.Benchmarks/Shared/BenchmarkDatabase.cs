using HealLink.Core.Storage;
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
    private readonly ScratchDatabaseFile _file;
    private readonly ServiceProvider _services;

    private BenchmarkDatabase(ScratchDatabaseFile file, ServiceProvider services)
    {
        _file = file;
        _services = services;
        Contexts = services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>();
    }

    public IServiceProvider Services => _services;

    public IDbContextFactory<HealLinkDbContext> Contexts { get; }

    public static Task<BenchmarkDatabase> StartAsync(
        Action<IServiceCollection, IConfiguration> register,
        CancellationToken cancellationToken) =>
        StartAsync(new Dictionary<string, string?>(), register, cancellationToken);

    /// <param name="settings">Configuration besides the connection string, as the bot's settings would give it.</param>
    public static async Task<BenchmarkDatabase> StartAsync(
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection, IConfiguration> register,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(register);
        var file = new ScratchDatabaseFile();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["ConnectionStrings:HealLink"] = file.ConnectionString })
            .Build();
        var services = new ServiceCollection().AddHealLinkStorage(configuration);
        register(services, configuration);

        var database = new BenchmarkDatabase(
            file,
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
        _file.Dispose();
    }
}

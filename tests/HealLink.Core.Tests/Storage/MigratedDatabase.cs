using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Storage;

/// <summary>A <see cref="TestDatabase"/> migrated through the application's own registration.</summary>
internal sealed class MigratedDatabase : IAsyncDisposable
{
    private MigratedDatabase(TestDatabase file, ServiceProvider services)
    {
        File = file;
        Services = services;
        Contexts = services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>();
    }

    public TestDatabase File { get; }

    public ServiceProvider Services { get; }

    public IDbContextFactory<HealLinkDbContext> Contexts { get; }

    public static Task<MigratedDatabase> CreateAsync(params (string Key, string? Value)[] settings) =>
        CreateAsync(provider: null, settings);

    /// <param name="provider">The leg's provider when null.</param>
    public static async Task<MigratedDatabase> CreateAsync(DatabaseProvider? provider, params (string Key, string? Value)[] settings)
    {
        var file = new TestDatabase(provider: provider);
        var services = file.CreateServices(settings);
        await services.MigrateHealLinkDatabaseAsync();
        return new MigratedDatabase(file, services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        File.Dispose();
    }
}

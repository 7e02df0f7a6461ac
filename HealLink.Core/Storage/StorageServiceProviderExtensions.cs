using HealLink.Core.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Storage;

public static class StorageServiceProviderExtensions
{
    /// <summary>
    /// Validates <see cref="DatabaseOptions"/> and brings the database schema up to date. Hosts call it once after
    /// building and before running; it throws, naming the problem, when the database cannot be used by this build.
    /// </summary>
    public static async Task MigrateHealLinkDatabaseAsync(
        this IServiceProvider services,
        CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
    }
}

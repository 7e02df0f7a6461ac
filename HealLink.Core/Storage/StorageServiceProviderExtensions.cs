using HealLink.Core.Storage.Encryption;
using HealLink.Core.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Storage;

public static class StorageServiceProviderExtensions
{
    /// <summary>
    /// Validates <see cref="DatabaseOptions"/>, brings the database schema up to date and checks the encryption keys are
    /// this database's (making the first key on a new one). Hosts call it once after building and before running; it
    /// throws, naming the problem, when the database cannot be used by this build or with these keys.
    /// </summary>
    public static async Task MigrateHealLinkDatabaseAsync(
        this IServiceProvider services,
        CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<KeyVerification>().RunAsync(cancellationToken);
    }
}

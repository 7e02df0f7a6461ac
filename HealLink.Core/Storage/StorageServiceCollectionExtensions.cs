using HealLink.Core.Storage.Backups;
using HealLink.Core.Storage.Encryption;
using HealLink.Core.Storage.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DatabaseOptions"/> (validated at start-up), a pooled
    /// <see cref="IDbContextFactory{TContext}"/> for <see cref="HealLinkDbContext"/>, a scoped
    /// <see cref="HealLinkDbContext"/> from that pool, and the migrations run by
    /// <see cref="StorageServiceProviderExtensions.MigrateHealLinkDatabaseAsync"/>.
    /// </summary>
    public static IServiceCollection AddHealLinkStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString = DatabaseOptions.ConnectionStringIn(configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnectionInterceptor>();
        services.AddSingleton<PostgresWriteLock>();
        services.AddSingleton(provider =>
            MigrationScriptSet.LoadEmbedded(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider));
        services.AddSingleton<MigrationRunner>();
        services.AddFieldEncryption(configuration);
        services.TryAddSingleton<DatabaseBackup>();
        services.TryAddSingleton<DatabaseRestore>();

        services.AddPooledDbContextFactory<HealLinkDbContext>((provider, builder) => builder.UseHealLinkDatabase(provider));
        services.AddScoped(provider =>
            provider.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContext());

        return services;
    }

    /// <summary>
    /// Points a context at the shared database with the same connection settings as <see cref="HealLinkDbContext"/>
    /// (the admin panel's accounts live there too, in tables of their own). Needs <see cref="AddHealLinkStorage"/>.
    /// </summary>
    public static DbContextOptionsBuilder UseHealLinkDatabase(this DbContextOptionsBuilder builder, IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            builder
                .UseNpgsql(database.ConnectionString)
                .AddInterceptors(provider.GetRequiredService<PostgresWriteLock>());
        }
        else
        {
            builder
                .UseSqlite(database.ConnectionString)
                .AddInterceptors(provider.GetRequiredService<SqliteConnectionInterceptor>());
        }

        builder
            // Said, not assumed: with it on, EF Core logs every parameter's value, which are people's stories and ids.
            .EnableSensitiveDataLogging(false)
            .ReplaceService<IModelCacheKeyFactory, FieldEncryptionModelCacheKeyFactory>();
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(
            new FieldEncryptionExtension(provider.GetRequiredService<FieldCipher>()));
        return builder;
    }
}

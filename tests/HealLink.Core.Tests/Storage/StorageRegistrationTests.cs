using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Storage;

/// <summary>The registration on its embedded default, a SQLite file (the PostgreSQL leg leaves these out).</summary>
[Trait("Database", "Sqlite")]
public sealed class StorageRegistrationTests
{
    [Fact]
    public async Task MigrateHealLinkDatabaseAsync_FreshFile_CreatesTheSchemaTheContextUses()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices();

        await sut.MigrateHealLinkDatabaseAsync();

        await using var context = await sut.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await context.People.CountAsync());
        Assert.True(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task AddHealLinkStorage_ScopedContext_SharedWithinScopeOnly()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices();
        await using var firstScope = sut.CreateAsyncScope();
        await using var secondScope = sut.CreateAsyncScope();

        var first = firstScope.ServiceProvider.GetRequiredService<HealLinkDbContext>();

        Assert.Same(first, firstScope.ServiceProvider.GetRequiredService<HealLinkDbContext>());
        Assert.NotSame(first, secondScope.ServiceProvider.GetRequiredService<HealLinkDbContext>());
    }

    [Fact]
    public async Task MigrateHealLinkDatabaseAsync_PostgresWithTheSqliteFileNamed_FailsBeforeTouchingAnything()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices(("Database:Provider", "Postgres"), ("ConnectionStrings:HealLink", null));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.MigrateHealLinkDatabaseAsync());

        Assert.Contains("must name the server and database", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task AddHealLinkStorage_EmptyConnectionString_FailsStartupValidation()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices(("ConnectionStrings:HealLink", ""));

        var exception = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ConnectionStrings:HealLink is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHealLinkStorage_UnknownProvider_FailsNamingTheSetting()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices(("Database:Provider", "MySql"));

        var exception = Assert.Throws<InvalidOperationException>(() => sut.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains("Database:Provider", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHealLinkStorage_Configured_BindsSectionAndConnectionString()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices(("Database:Provider", "Sqlite"), ("Database:BusyTimeoutSeconds", "45"));

        var options = sut.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(45, options.BusyTimeoutSeconds);
        Assert.Equal(database.ConnectionString, options.ConnectionString);
    }

    [Fact]
    public async Task AddHealLinkStorage_NothingConfigured_DefaultsToSqliteFileInDataDirectory()
    {
        using var database = new TestDatabase();
        await using var sut = database.CreateServices(("ConnectionStrings:HealLink", null));
        var options = new DatabaseOptions { ConnectionString = "" };

        // Applied by hand: resolving the validated options would create data/ in the test's working directory.
        foreach (var configure in sut.GetServices<IConfigureOptions<DatabaseOptions>>())
        {
            configure.Configure(options);
        }

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/heallink.db", options.ConnectionString);
        Assert.Equal(30, options.BusyTimeoutSeconds);
    }
}

using HealLink.Admin.Accounts;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealLink.Admin.Tests.Accounts;

/// <summary>Identity's tables come from our migration, not from EF: this holds the two equal, as the core's drift test does.</summary>
public sealed class AccountsSchemaTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-accounts-schema-").FullName;

    [Fact]
    public async Task Migrations_ComparedWithIdentityModel_BuildTheSameAccountTables()
    {
        await using var migrated = Services("migrated.db");
        await migrated.MigrateHealLinkDatabaseAsync();
        await using var fromModel = Services("model.db");
        string expected;
        await using (var scope = fromModel.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<AdminAccountsDbContext>();
            await context.Database.EnsureCreatedAsync();
            expected = context.Database.GenerateCreateScript();
        }

        var migratedSchema = await ReadAsync("migrated.db");
        var modelSchema = await ReadAsync("model.db");

        var diff = SchemaSnapshot.Diff(migratedSchema, "migrations", modelSchema, "Identity model");
        Assert.True(diff.Length == 0, $"The migrations and the accounts model disagree; add a migration.\n{diff}\nThe model's DDL:\n{expected}");
        Assert.Equal(
            ["admin_role_claims", "admin_roles", "admin_user_claims", "admin_user_logins", "admin_user_roles", "admin_user_tokens", "admin_users"],
            migratedSchema.Tables);
    }

    [Fact]
    public async Task PostgresMigrations_ComparedWithIdentityModel_BuildTheSameAccountTables()
    {
        var migratedDatabase = TestPostgres.CreateDatabase("heallink_accounts_" + Guid.NewGuid().ToString("N"));
        var modelDatabase = TestPostgres.CreateDatabase("heallink_accounts_" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var migrated = Services(Postgres(migratedDatabase)))
            {
                await migrated.MigrateHealLinkDatabaseAsync();
            }

            await using (var fromModel = Services(Postgres(modelDatabase)))
            await using (var scope = fromModel.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AdminAccountsDbContext>().Database.EnsureCreatedAsync();
            }

            var diff = SchemaSnapshot.Diff(await ReadPostgresAsync(migratedDatabase), "migrations", await ReadPostgresAsync(modelDatabase), "Identity model");
            Assert.True(diff.Length == 0, $"The PostgreSQL migrations and the accounts model disagree; add a migration.\n{diff}");
        }
        finally
        {
            TestPostgres.DropDatabase(migratedDatabase);
            TestPostgres.DropDatabase(modelDatabase);
        }
    }

    private Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["ConnectionStrings:HealLink"] = connectionString,
        ["Database:Provider"] = "Postgres",
        ["Encryption:KeyFile"] = Path.Combine(_directory, "heallink.keys.json"),
    };

    private static async Task<SchemaSnapshot> ReadPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await SchemaSnapshot.ReadAsync(connection, table => table.StartsWith("admin_", StringComparison.Ordinal));
    }

    private ServiceProvider Services(string file) =>
        Services(new Dictionary<string, string?> { ["ConnectionStrings:HealLink"] = $"Data Source={Path.Combine(_directory, file)};Pooling=False" });

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddHealLinkStorage(configuration)
            .AddDbContext<AdminAccountsDbContext>((provider, options) => options.UseHealLinkDatabase(provider))
            .BuildServiceProvider();
    }

    private async Task<SchemaSnapshot> ReadAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, file)};Pooling=False");
        await connection.OpenAsync();
        return await SchemaSnapshot.ReadAsync(connection, table => table.StartsWith("admin_", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

using HealLink.Admin.Accounts;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Admin.Tests.Accounts;

/// <summary>Identity's tables come from our migration, not from EF: this holds the two equal, as the core's drift test does.</summary>
public sealed class AccountsSchemaTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [Trait("Database", "Postgres")]
    public async Task Migrations_ComparedWithIdentityModel_BuildTheSameAccountTables(DatabaseProvider provider)
    {
        using var migrated = new TestDatabase(provider: provider);
        using var fromModel = new TestDatabase(provider: provider);
        await using (var services = Services(migrated))
        {
            await services.MigrateHealLinkDatabaseAsync();
        }

        string expected;
        await using (var services = Services(fromModel))
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<AdminAccountsDbContext>();
            await context.Database.EnsureCreatedAsync();
            expected = context.Database.GenerateCreateScript();
        }

        var migratedSchema = await ReadAsync(migrated);
        var diff = SchemaSnapshot.Diff(migratedSchema, "migrations", await ReadAsync(fromModel), "Identity model");

        Assert.True(diff.Length == 0, $"The {provider} migrations and the accounts model disagree; add a migration.\n{diff}\nThe model's DDL:\n{expected}");
        Assert.Equal(
            ["admin_role_claims", "admin_roles", "admin_user_claims", "admin_user_logins", "admin_user_roles", "admin_user_tokens", "admin_users"],
            migratedSchema.Tables.Order(StringComparer.Ordinal));
    }

    private static ServiceProvider Services(TestDatabase database) =>
        new ServiceCollection()
            .AddHealLinkStorage(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build())
            .AddDbContext<AdminAccountsDbContext>((provider, options) => options.UseHealLinkDatabase(provider))
            .BuildServiceProvider();

    private static async Task<SchemaSnapshot> ReadAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await SchemaSnapshot.ReadAsync(connection, table => table.StartsWith("admin_", StringComparison.Ordinal));
    }
}

using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Storage;

[Trait("Database", "Sqlite")]
public sealed class SqliteConnectionSettingsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OpenConnection_ThroughEf_AppliesSharedFileSettings(bool async)
    {
        await using var database = await MigratedDatabase.CreateAsync(("Database:BusyTimeoutSeconds", "7"));
        await using var scope = database.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<HealLinkDbContext>();

        if (async)
        {
            await sut.Database.OpenConnectionAsync();
        }
        else
        {
            sut.Database.OpenConnection();
        }

        Assert.Equal(1L, await PragmaAsync(sut, "foreign_keys"));
        Assert.Equal(7000L, await PragmaAsync(sut, "busy_timeout"));
        Assert.Equal(1L, await PragmaAsync(sut, "synchronous")); // NORMAL
        Assert.Equal("wal", await PragmaAsync(sut, "journal_mode"));
    }

    private static async Task<object?> PragmaAsync(HealLinkDbContext context, string pragma)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return await command.ExecuteScalarAsync();
    }
}

using System.Net;
using HealLink.Core.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Admin.Tests.Health;

// A SQLite file in a folder not made yet, as a new deployment's volume: the panel makes both.
[Trait("Database", "Sqlite")]
public sealed class HealthEndpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-admin-").FullName;

    [Fact]
    public async Task Health_FreshDatabaseFile_MigratesAndReportsHealthy()
    {
        var databasePath = Path.Combine(_directory, "shared", "heallink.db");
        await using var sut = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.UseSetting("ConnectionStrings:HealLink", $"Data Source={databasePath}"));
        using var client = sut.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(databasePath));
        await using var db = await sut.Services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.People.CountAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

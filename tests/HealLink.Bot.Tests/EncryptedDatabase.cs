using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HealLink.Core.People;
using HealLink.Core.Storage;
using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Bot.Tests;

/// <summary>A database that already holds an encrypted value (a hospital), made through the application's storage.</summary>
internal static class EncryptedDatabase
{
    /// <returns>The key file made beside it.</returns>
    public static async Task<string> CreateAsync(TestDatabase database)
    {
        await using var services = database.CreateServices();
        await services.MigrateHealLinkDatabaseAsync();
        await using (var db = await services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync())
        {
            db.People.Add(new Person { Profile = new Profile { Hospital = "St Mary's Hospital" } });
            await db.SaveChangesAsync();
        }

        return services.GetRequiredService<KeySource>().File!;
    }

    /// <summary>The key file's one key replaced by another under the same id, as a hand-edited or mixed-up file would be.</summary>
    public static void ReplaceKeyKeepingItsId(string keyFile)
    {
        var content = JsonNode.Parse(File.ReadAllText(keyFile))!;
        content["keys"]![0]!["key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(keyFile, content.ToJsonString());
    }
}

using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>A bot's database, migrated by the application's own storage code, with the conversations already open.</summary>
internal static class SeededDatabase
{
    public static Task CreateAsync(string databasePath, IReadOnlyList<ConversationPair> pairs) =>
        CreateAsync(new Dictionary<string, string?> { ["ConnectionStrings:HealLink"] = $"Data Source={databasePath};Pooling=False" }, pairs);

    /// <param name="settings">The storage settings the bot processes are given (provider, connection string, key file).</param>
    public static async Task CreateAsync(IReadOnlyDictionary<string, string?> settings, IReadOnlyList<ConversationPair> pairs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddHealLinkStorage(configuration).BuildServiceProvider();
        await services.MigrateHealLinkDatabaseAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
        await ActiveConversations.SeedAsync(db, Platform.Telegram, pairs, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}

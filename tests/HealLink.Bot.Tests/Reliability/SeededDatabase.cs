using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>A bot's database, migrated by the application's own storage code, with the conversations already open.</summary>
internal static class SeededDatabase
{
    public static async Task CreateAsync(TestDatabase database, IReadOnlyList<ConversationPair> pairs)
    {
        // The settings the bot processes are given (provider, connection string, key file), so they find the same key.
        await using var services = database.CreateServices();
        await services.MigrateHealLinkDatabaseAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
        await ActiveConversations.SeedAsync(db, Platform.Telegram, pairs, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}
